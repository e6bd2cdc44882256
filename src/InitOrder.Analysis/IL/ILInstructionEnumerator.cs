using System.Reflection.Metadata;

namespace InitOrder.Analysis.IL;

/// <summary>Decodes one instruction per step; a struct, so enumerating a body allocates nothing.</summary>
internal struct ILInstructionEnumerator
{
    private BlobReader _reader;

    public ILInstructionEnumerator(BlobReader reader)
    {
        _reader = reader;
        Current = default;
    }

    public ILInstruction Current { get; private set; }

    public bool MoveNext()
    {
        if (_reader.RemainingBytes <= 0)
        {
            return false;
        }

        Current = ILDecoder.ReadNext(ref _reader);
        return true;
    }
}
