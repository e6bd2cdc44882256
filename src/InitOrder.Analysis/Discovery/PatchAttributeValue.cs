using System.Collections.Generic;

namespace InitOrder.Analysis.Discovery;

/// <summary>The decoded arguments of one [InitPatch] attribute.</summary>
internal sealed class PatchAttributeValue
{
    public PatchAttributeValue(IReadOnlyList<string> targets, IReadOnlyList<string> assemblies, int order)
    {
        Targets = targets;
        Assemblies = assemblies;
        Order = order;
    }

    /// <summary>Namespace-qualified metadata names without assembly part or generic arguments (<c>Ns.Cache`1</c>).</summary>
    public IReadOnlyList<string> Targets { get; }

    /// <summary>Simple assembly names.</summary>
    public IReadOnlyList<string> Assemblies { get; }

    public int Order { get; }
}
