namespace OracleAttributes;

[Audited]
public sealed class Invoice
{
    public decimal Total { get; set; }
}
