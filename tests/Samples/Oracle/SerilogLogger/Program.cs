using System;
using System.Linq;
using Serilog;

namespace OracleSerilog;

internal static class Program
{
    private static int Main()
    {
        Worker.Step("request handled");
        Log.Information("main done");
        var captured = LoggingSetup.Sink.Messages;
        Console.WriteLine("[serilog] captured " + captured.Count + " event(s); worker events: " + captured.Count(m => m.StartsWith("worker", StringComparison.Ordinal)));
        return 0;
    }
}
