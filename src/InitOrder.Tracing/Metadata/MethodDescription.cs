using System;

namespace InitOrder.Tracing.Metadata;

/// <summary>One method that ran, as metadata names it: its assembly, its declaring type and its name.</summary>
public sealed record MethodDescription(string Assembly, string DeclaringType, string Name)
{
    public bool IsStaticConstructor => Name == ".cctor";

    /// <summary>The name the verifier's reports use: <c>Ns.Type..cctor</c>, <c>&lt;Module&gt;..cctor [Assembly]</c>, <c>Ns.Type.M()</c>.</summary>
    public string DisplayName => DeclaringType == "<Module>" && IsStaticConstructor
        ? "<Module>..cctor [" + Assembly + "]"
        : IsStaticConstructor ? DeclaringType + "..cctor" : DeclaringType + "." + Name + "()";

    /// <summary>
    /// Whether this is code of a type target: its static constructor, a constructor, a method or an accessor it
    /// declares. A nested type is a type of its own, with its own initialization.
    /// </summary>
    public bool IsCodeOf(string typeTarget) => DeclaringType == typeTarget;

    /// <summary>Whether this is code of an assembly target: any method the assembly defines, its module initializer included.</summary>
    public bool IsCodeOfAssembly(string assemblyTarget) => string.Equals(Assembly, assemblyTarget, StringComparison.OrdinalIgnoreCase);
}
