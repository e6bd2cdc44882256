namespace OracleSerializers;

/// <summary>A start-up patch's own target: Newtonsoft.Json's start-up serialization.</summary>
public static class SerializedAudit
{
    public static string Json = "";
}
