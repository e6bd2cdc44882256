using System;
using System.Collections.Generic;

namespace InitOrder.Analysis.Resolution;

/// <summary>
/// Every base type and interface of a type, transitively, by full name; plus the ones whose code the
/// analysis cannot see, and whether the walk was complete.
/// </summary>
internal sealed class AncestorSet
{
    public AncestorSet(HashSet<string> fullNames, IReadOnlyList<ExternalAncestor> external, bool isComplete)
    {
        FullNames = fullNames;
        External = external;
        IsComplete = isComplete;
    }

    public HashSet<string> FullNames { get; }

    /// <summary>Ancestors defined outside followed code (reference assemblies or missing assemblies).</summary>
    public IReadOnlyList<ExternalAncestor> External { get; }

    /// <summary>False when some ancestor's assembly is missing, so more ancestors may exist than are listed.</summary>
    public bool IsComplete { get; }

    public bool Contains(string fullName) => FullNames.Contains(fullName);

    public static AncestorSet Empty { get; } = new(new HashSet<string>(StringComparer.Ordinal), Array.Empty<ExternalAncestor>(), true);
}
