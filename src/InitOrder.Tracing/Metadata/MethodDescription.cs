using System.Collections.Generic;

namespace InitOrder.Tracing.Metadata;

/// <summary>What the oracle needs to know about one method that ran: who it is and what its IL refers to.</summary>
public sealed record MethodDescription(
    string Assembly,
    string DeclaringType,
    string Name,
    IReadOnlySet<string> NamedTypes,
    IReadOnlySet<string> ReferencedAssemblies)
{
    public bool IsStaticConstructor => Name == ".cctor";

    /// <summary>The name the verifier's reports use: <c>Ns.Type..cctor</c>, <c>&lt;Module&gt;..cctor [Assembly]</c>, <c>Ns.Type.M()</c>.</summary>
    public string DisplayName => DeclaringType == "<Module>" && IsStaticConstructor
        ? "<Module>..cctor [" + Assembly + "]"
        : IsStaticConstructor ? DeclaringType + "..cctor" : DeclaringType + "." + Name + "()";

    /// <summary>A type target is touched when the IL names it (not only in a signature) or the method belongs to it.</summary>
    public bool Touches(string typeTarget) => DeclaringType == typeTarget || NamedTypes.Contains(typeTarget);

    /// <summary>An assembly target is touched by its own code and by any IL that makes the JIT load it.</summary>
    public bool TouchesAssembly(string assemblyTarget) =>
        string.Equals(Assembly, assemblyTarget, System.StringComparison.OrdinalIgnoreCase) || ReferencedAssemblies.Contains(assemblyTarget);
}
