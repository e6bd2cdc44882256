using OracleProbe;

namespace OracleSerilogConsole;

/// <summary>Read by Shipment.ToString(), which the console sink calls for the Shipment an earlier patch logs: flagged.</summary>
public static class Carrier
{
    public static readonly bool SawPatch;

    public static string Name = "post";

    static Carrier()
    {
        SawPatch = PatchLog.HasStarted(nameof(Carrier));
    }
}
