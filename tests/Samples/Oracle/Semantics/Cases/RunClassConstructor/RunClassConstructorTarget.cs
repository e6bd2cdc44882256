namespace OracleSemantics;

/// <summary>Read by a static constructor that is run explicitly through RuntimeHelpers.</summary>
public static class RunClassConstructorTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
