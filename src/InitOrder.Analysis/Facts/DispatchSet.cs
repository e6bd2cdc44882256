using System;
using System.Collections.Generic;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// Everything a call to one virtual slot may run: each implementation with code, followed by its class's
/// static constructor, in the dispatch index's order. Every call site of the slot points at the same set,
/// so a slot with N overrides costs N entries once instead of N edges per call site. Members are replaced
/// in place when more assemblies are loaded, so the facts that point here stay valid.
/// </summary>
internal sealed class DispatchSet
{
    public DispatchSet(int id, NamedType declaringType, string name, SignatureShape shape, NamedType? bound = null)
    {
        Bound = bound;
        Id = id;
        DeclaringType = declaringType;
        Name = name;
        Shape = shape;
        Slot = new DispatchSlot(declaringType, name, shape);
    }

    public int Id { get; }

    public NamedType DeclaringType { get; }

    public string Name { get; }

    public SignatureShape Shape { get; }

    /// <summary>
    /// For a call whose receiver the calling method's body shows to be of class <c>Bound</c> or a class derived from it
    /// (<see cref="ReceiverBounds"/>): only implementations such an object can run, those declared in that class, in a
    /// class above or below it, or in an interface (a default method).
    /// </summary>
    public NamedType? Bound { get; }

    /// <summary>The slot as the dispatch index answers it, kept so that a refresh asks without a lookup by name.</summary>
    public DispatchSlot Slot { get; }

    public DispatchMember[] Members { get; private set; } = Array.Empty<DispatchMember>();

    /// <summary>The dispatch index's answer the members were computed from; a different list means they are stale.</summary>
    public IReadOnlyList<ResolvedMethod>? Source { get; private set; }

    /// <summary>The <see cref="VirtualDispatchIndex.Version"/> <see cref="Source"/> was checked against; -1 before the first check.</summary>
    public int IndexVersion { get; set; } = -1;

    /// <summary>Sets the members computed from <paramref name="source"/>; true when they differ from the previous ones.</summary>
    public bool Update(IReadOnlyList<ResolvedMethod> source, DispatchMember[] members)
    {
        bool changed = !SameMembers(Members, members);
        Source = source;
        Members = members;
        return changed;
    }

    private static bool SameMembers(DispatchMember[] left, DispatchMember[] right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (int i = 0; i < left.Length; i++)
        {
            if (left[i].Node != right[i].Node || left[i].Kind != right[i].Kind)
            {
                return false;
            }
        }

        return true;
    }
}
