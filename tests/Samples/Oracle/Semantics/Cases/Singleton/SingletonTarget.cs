namespace OracleSemantics;

/// <summary>Read by the constructor of a static readonly singleton.</summary>
public static class SingletonTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
