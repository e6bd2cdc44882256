using OracleProbe;

namespace OracleDeferred;

/// <summary>Read by the stored callback, which only Main invokes: clean.</summary>
public static class ReadyRules
{
    public static readonly bool SawPatch;

    public static string Text = "ready";

    static ReadyRules()
    {
        SawPatch = PatchLog.HasStarted(nameof(ReadyRules));
    }
}
