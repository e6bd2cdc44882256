namespace OracleDeferred;

/// <summary>Logged by Main; its ToString reads InvoiceRules.</summary>
public sealed class Invoice
{
    public decimal Total { get; set; }

    public override string ToString() => InvoiceRules.Format + " invoice " + Total;
}
