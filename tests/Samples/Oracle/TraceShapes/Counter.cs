using OracleProbe;

namespace OracleTraceShapes;

/// <summary>Read by LiveBranch.Run() during the earlier patch.</summary>
public static class Counter
{
    public static readonly bool SawPatch;

    public static int Value = 1;

    static Counter()
    {
        SawPatch = PatchLog.HasStarted(nameof(Counter));
    }
}
