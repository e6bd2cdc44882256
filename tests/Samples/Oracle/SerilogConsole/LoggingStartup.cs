using Serilog;

namespace OracleSerilogConsole;

internal static class LoggingStartup
{
    [InitOrder.InitPatch(typeof(Log), Order = 0)]
    internal static void ConfigureLogging()
    {
        Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();
        Log.Information("Starting with {Workers} workers", 4);
    }

    [InitOrder.InitPatch(typeof(ShipmentLog), Order = 2)]
    internal static void LogFirstShipment()
    {
        Log.Information("Shipped {Shipment}", new Shipment("P-1"));
        ShipmentLog.Logged = 1;
    }
}
