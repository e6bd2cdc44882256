using System.Collections.Generic;

namespace InitOrder.Analysis.Resolution;

/// <summary>A cached answer of <see cref="VirtualDispatchIndex"/>, with what it was computed from.</summary>
internal sealed class DispatchAnswer
{
    public DispatchAnswer(int indexed, int candidates, int explicits, List<ResolvedMethod> methods)
    {
        Indexed = indexed;
        Candidates = candidates;
        Explicits = explicits;
        Methods = methods;
    }

    /// <summary>How many loaded assemblies the index had seen.</summary>
    public int Indexed { get; }

    /// <summary>How many candidates the method name had.</summary>
    public int Candidates { get; }

    /// <summary>How many explicit implementations the slot had.</summary>
    public int Explicits { get; }

    public List<ResolvedMethod> Methods { get; }
}
