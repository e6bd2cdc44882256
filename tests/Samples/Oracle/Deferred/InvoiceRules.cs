using OracleProbe;

namespace OracleDeferred;

/// <summary>Read by Invoice.ToString, and no Invoice exists before Main logs one: clean.</summary>
public static class InvoiceRules
{
    public static readonly bool SawPatch;

    public static string Format = "plain";

    static InvoiceRules()
    {
        SawPatch = PatchLog.HasStarted(nameof(InvoiceRules));
    }
}
