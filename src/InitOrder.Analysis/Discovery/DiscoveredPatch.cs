using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Discovery;

/// <summary>A patch method in run order, with what its [InitPatch] attribute says.</summary>
internal sealed class DiscoveredPatch
{
    public DiscoveredPatch(int runIndex, MethodNode method, PatchAttributeValue attribute)
    {
        RunIndex = runIndex;
        Method = method;
        Attribute = attribute;
    }

    /// <summary>Position in ApplyAll: 0 runs first.</summary>
    public int RunIndex { get; }

    public MethodNode Method { get; }

    public PatchAttributeValue Attribute { get; }

    public string Name => Method.PatchName;
}
