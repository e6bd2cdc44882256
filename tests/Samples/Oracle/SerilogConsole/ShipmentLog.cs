namespace OracleSerilogConsole;

/// <summary>The shipment patch's own target: how many shipments it logged.</summary>
public static class ShipmentLog
{
    public static int Logged;
}
