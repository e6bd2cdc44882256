using OracleProbe;
using Serilog;

namespace OracleSerilogConsole;

internal static class Program
{
    private static int Main()
    {
        Log.Information("Billed {Invoice}", new Invoice());
        Log.CloseAndFlush();

        PatchLog.Print("serilog-console", nameof(Clock), Clock.SawPatch);
        PatchLog.Print("serilog-console", nameof(Carrier), Carrier.SawPatch);
        return ShipmentLog.Logged == 1 ? 0 : 1;
    }
}
