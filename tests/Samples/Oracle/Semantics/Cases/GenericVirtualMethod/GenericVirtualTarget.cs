namespace OracleSemantics;

/// <summary>Read by the override of a generic virtual method.</summary>
public static class GenericVirtualTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
