namespace OracleSemantics;

/// <summary>Read by a property getter.</summary>
public static class PropertyTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
