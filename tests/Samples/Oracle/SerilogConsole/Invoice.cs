namespace OracleSerilogConsole;

/// <summary>Created only in Main, after every patch: Serilog's own object.ToString() calls never meet one before.</summary>
public sealed class Invoice
{
    public override string ToString() => "invoice at " + Clock.Now;
}
