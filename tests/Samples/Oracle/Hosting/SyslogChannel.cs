using OracleProbe;

namespace OracleHosting;

/// <summary>Read only by SyslogLoggerProvider, which nothing creates: clean.</summary>
public static class SyslogChannel
{
    public static readonly bool SawPatch;

    public static string Name = "syslog";

    static SyslogChannel()
    {
        SawPatch = PatchLog.HasStarted(nameof(SyslogChannel));
    }
}
