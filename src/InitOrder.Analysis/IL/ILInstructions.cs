using System.Reflection.Metadata;

namespace InitOrder.Analysis.IL;

/// <summary>A method body's instructions, decoded as they are enumerated (see <see cref="ILDecoder.Read"/>).</summary>
internal readonly struct ILInstructions
{
    private readonly BlobReader _reader;

    public ILInstructions(BlobReader reader)
    {
        _reader = reader;
    }

    public ILInstructionEnumerator GetEnumerator() => new(_reader);
}
