namespace OracleSerializers;

/// <summary>A start-up patch's own target: System.Text.Json's start-up serialization.</summary>
public static class SerializedReceipt
{
    public static string Json = "";
}
