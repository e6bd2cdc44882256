using OracleProbe;

namespace OracleDataAccess;

/// <summary>Read only by NoisyStrategy, which nothing creates before Main: clean.</summary>
public static class AlarmBell
{
    public static readonly bool SawPatch;

    public static string Tone = "ring";

    static AlarmBell()
    {
        SawPatch = PatchLog.HasStarted(nameof(AlarmBell));
    }
}
