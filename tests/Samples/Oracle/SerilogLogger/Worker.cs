using Serilog;

namespace OracleSerilog;

internal static class Worker
{
    private static readonly ILogger s_log = Log.ForContext(typeof(Worker));

    public static void Step(string what) => s_log.Information("worker {What}", what);
}
