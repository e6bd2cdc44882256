namespace OracleSerializers;

/// <summary>The DTO System.Text.Json serializes at start-up; its stamp is reached through the interface.</summary>
public sealed class Receipt
{
    public decimal Total { get; set; }

    public IStamp Stamp { get; set; } = new PlainStamp();
}
