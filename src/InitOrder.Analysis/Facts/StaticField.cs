using System;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// A static field of analysed code, by the type that really declares it and its name: a write in a patch and a read
/// in a static constructor name the same field even through different tokens (a generic instantiation, another assembly).
/// </summary>
internal sealed class StaticField : IEquatable<StaticField>
{
    private const string BackingFieldSuffix = ">k__BackingField";

    public StaticField(ResolvedType owner, string name)
    {
        Owner = owner;
        Name = name;
    }

    public ResolvedType Owner { get; }

    public string Name { get; }

    /// <summary><c>Sample.Clock.Now</c>; an auto-property's backing field is named as its property.</summary>
    public string FullName => DisplayNames.Field(Owner.Name.FullName, MemberName);

    /// <summary><c>Clock.Now</c>.</summary>
    public string DisplayName => DisplayNames.Field(Owner.Name.DisplayName, MemberName);

    private string MemberName =>
        Name.StartsWith("<", StringComparison.Ordinal) && Name.EndsWith(BackingFieldSuffix, StringComparison.Ordinal)
            ? Name.Substring(1, Name.Length - 1 - BackingFieldSuffix.Length)
            : Name;

    /// <summary>The field an ldsfld, ldsflda or stsfld names, when its declaring type is in analysed code.</summary>
    public static StaticField? Resolve(ResolutionContext context, LoadedAssembly assembly, int token)
    {
        var member = assembly.Members.Get(System.Reflection.Metadata.Ecma335.MetadataTokens.EntityHandle(token));
        if (member.IsMethod)
        {
            return null;
        }

        var owner = context.Members.ResolveFieldDeclaringType(assembly, member);
        return owner is { HasCode: true } ? new StaticField(owner, member.Name) : null;
    }

    public bool Equals(StaticField? other) => other is not null && Owner.Equals(other.Owner) && string.Equals(Name, other.Name, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as StaticField);

    public override int GetHashCode() => Owner.GetHashCode() ^ StringComparer.Ordinal.GetHashCode(Name);

    public override string ToString() => FullName;
}
