using OracleProbe;

namespace OracleDeferred;

/// <summary>Read by the exit handler, which runs after Main: clean.</summary>
public static class ExitRules
{
    public static readonly bool SawPatch;

    public static string Text = "bye";

    static ExitRules()
    {
        SawPatch = PatchLog.HasStarted(nameof(ExitRules));
    }
}
