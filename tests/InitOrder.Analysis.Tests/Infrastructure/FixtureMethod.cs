using System;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>
/// A static <c>void M()</c> of a generated fixture. Its body is written by <see cref="Body"/> once every
/// method has its metadata row, so bodies can call methods declared later.
/// </summary>
internal sealed class FixtureMethod
{
    public FixtureMethod(FixtureType declaringType, string name, Action<FixtureIL> body)
    {
        DeclaringType = declaringType;
        Name = name;
        Body = body;
    }

    public FixtureType DeclaringType { get; }

    public string Name { get; }

    public Action<FixtureIL> Body { get; set; }

    /// <summary>
    /// Replaces the encoded body: these bytes, method header included, are copied into the IL stream as
    /// they are. For bodies no encoder would write (a header that claims more code than the image holds).
    /// </summary>
    public byte[]? RawBodyWithHeader { get; set; }

    /// <summary>Points the method's RVA this many bytes past the start of the IL stream instead of at a body.</summary>
    public int? BodyOffsetOverride { get; set; }

    /// <summary>Full name as the verifier prints it in chains: <c>Ns.Type.Method()</c>.</summary>
    public string FullName => DeclaringType.FullName + "." + Name + (Name == ".cctor" ? "" : "()");

    /// <summary>Name without namespace as chains show it: <c>Type.Method()</c>.</summary>
    public string ShortName => DeclaringType.Name + "." + Name + (Name == ".cctor" ? "" : "()");

    /// <summary>The contract's patch name: <c>Ns.Type.Method</c>.</summary>
    public string PatchName => DeclaringType.FullName + "." + Name;
}
