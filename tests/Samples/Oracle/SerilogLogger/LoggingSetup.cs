using Serilog;

namespace OracleSerilog;

internal static class LoggingSetup
{
    public static CapturingSink Sink { get; } = new();

    // Loggers taken from Log before this line are Serilog's silent logger and stay silent.
    [InitOrder.InitPatch(typeof(Log), Order = 1)]
    internal static void Configure() => Log.Logger = new LoggerConfiguration().WriteTo.Sink(Sink).CreateLogger();
}
