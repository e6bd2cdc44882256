namespace OracleSerializers;

/// <summary>The DTO Newtonsoft.Json serializes at start-up.</summary>
public sealed class AuditEntry
{
    public string Action { get; set; } = "";

    public int Count { get; set; }
}
