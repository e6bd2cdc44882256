namespace OracleSemantics;

/// <summary>What the early cases computed; the driver patch's own target, so the driver is checked too.</summary>
public static class CaseResults
{
    public static int Total;
}
