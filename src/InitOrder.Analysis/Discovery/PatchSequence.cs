using System.Collections.Generic;

namespace InitOrder.Analysis.Discovery;

/// <summary>What the generated <c>ApplyAll</c> runs, in order.</summary>
internal sealed class PatchSequence
{
    /// <summary>This assembly's patches in run order.</summary>
    public List<DiscoveredPatch> Patches { get; } = new();

    /// <summary>Stubs applying referenced libraries' patches, with how many of this assembly's patches run before each.</summary>
    public List<LibraryStub> LibraryStubs { get; } = new();
}
