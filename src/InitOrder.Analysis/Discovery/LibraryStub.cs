using InitOrder.Analysis.Graph;

namespace InitOrder.Analysis.Discovery;

/// <summary>A generated Library&lt;N&gt; stub: it runs a referenced library's InitOrder patches.</summary>
internal sealed class LibraryStub
{
    public LibraryStub(MethodNode stub, int patchesBefore)
    {
        Stub = stub;
        PatchesBefore = patchesBefore;
    }

    public MethodNode Stub { get; }

    /// <summary>Number of this assembly's patches that ApplyAll calls before this stub; later patches run after it.</summary>
    public int PatchesBefore { get; }
}
