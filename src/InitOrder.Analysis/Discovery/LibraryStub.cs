using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Discovery;

/// <summary>
/// Library code that runs inside the patch sequence: a generated Library&lt;N&gt; stub whose library could not be
/// read (it stands for all the library's code), or a referenced library's own module initializer.
/// </summary>
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
