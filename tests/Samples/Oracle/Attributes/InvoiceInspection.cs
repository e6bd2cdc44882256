namespace OracleAttributes;

/// <summary>A start-up patch's own target. InspectInvoice: the attribute types it found on Invoice.</summary>
public static class InvoiceInspection
{
    public static string Text = "";
}
