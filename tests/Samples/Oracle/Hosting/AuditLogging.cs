using Microsoft.Extensions.Logging;

namespace OracleHosting;

internal static class AuditLogging
{
    [InitOrder.InitPatch(typeof(StartupLog))]
    internal static void WriteStartupEntry()
    {
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(new AuditLoggerProvider()));
        factory.CreateLogger("Startup").LogInformation("Starting with {Workers} workers", 4);
        StartupLog.Entries = AuditLogger.Written;
    }
}
