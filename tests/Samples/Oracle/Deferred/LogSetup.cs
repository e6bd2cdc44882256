namespace OracleDeferred;

/// <summary>A start-up patch's own target. ConfigureLogging: the invoices Main logs later.</summary>
public static class LogSetup
{
    public static System.Collections.Generic.List<Invoice> Pending = new();
}
