using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Resolution;

/// <summary>A base type or interface outside followed code; <see cref="Definition"/> is set when its metadata was found.</summary>
internal sealed class ExternalAncestor
{
    public ExternalAncestor(NamedType name, ResolvedType? definition)
    {
        Name = name;
        Definition = definition;
    }

    public NamedType Name { get; }

    public ResolvedType? Definition { get; }
}
