using System.Collections.Generic;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Resolution;

/// <summary>
/// One virtual slot as <see cref="VirtualDispatchIndex"/> answers it: the caller keeps it and asks with it, so that
/// asking again after more assemblies were loaded costs no lookup by name (the name's candidates and the slot's
/// explicit implementations are kept here, as the index only ever appends to them).
/// </summary>
internal sealed class DispatchSlot
{
    public DispatchSlot(NamedType declaringType, string name, SignatureShape shape)
    {
        DeclaringType = declaringType;
        Name = name;
        Shape = shape;
    }

    public NamedType DeclaringType { get; }

    public string Name { get; }

    public SignatureShape Shape { get; }

    /// <summary>The last answer; null before the first.</summary>
    public List<ResolvedMethod>? Methods { get; set; }

    /// <summary>How many loaded assemblies the index had seen when <see cref="Methods"/> was last checked.</summary>
    public int Indexed { get; set; } = -1;

    /// <summary>The name's candidates (null while the name has none) and how many there were for <see cref="Methods"/>.</summary>
    public List<DispatchCandidate>? Candidates { get; set; }

    public int CandidateCount { get; set; }

    /// <summary>The slot's explicit implementations (null while it has none) and how many there were for <see cref="Methods"/>.</summary>
    public List<ResolvedMethod>? Explicits { get; set; }

    public int ExplicitCount { get; set; }
}
