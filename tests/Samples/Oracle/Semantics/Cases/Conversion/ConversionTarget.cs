namespace OracleSemantics;

/// <summary>Read by a user-defined explicit conversion.</summary>
public static class ConversionTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
