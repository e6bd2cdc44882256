namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>One undamaged file of the fuzz corpus and the mutator that damages it.</summary>
internal sealed class FuzzFile
{
    public FuzzFile(string relativePath, byte[] bytes, AssemblyMutator mutator)
    {
        RelativePath = relativePath;
        Bytes = bytes;
        Mutator = mutator;
    }

    public string RelativePath { get; }

    public byte[] Bytes { get; }

    public AssemblyMutator Mutator { get; }
}
