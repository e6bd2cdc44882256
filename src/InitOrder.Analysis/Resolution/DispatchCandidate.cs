using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Resolution;

/// <summary>A method with a body that some dispatch might land on, as stored in <see cref="VirtualDispatchIndex"/>.</summary>
internal sealed class DispatchCandidate
{
    public DispatchCandidate(ResolvedMethod method, SignatureShape shape, bool isVirtual)
    {
        Method = method;
        Shape = shape;
        IsVirtual = isVirtual;
    }

    public ResolvedMethod Method { get; }

    public SignatureShape Shape { get; }

    public bool IsVirtual { get; }
}
