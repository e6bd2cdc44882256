using OracleProbe;

namespace OracleSerilogConsole;

/// <summary>Read only by Invoice.ToString(), and no Invoice exists before Main: clean.</summary>
public static class Clock
{
    public static readonly bool SawPatch;

    public static string Now = "09:00";

    static Clock()
    {
        SawPatch = PatchLog.HasStarted(nameof(Clock));
    }
}
