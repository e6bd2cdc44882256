namespace OracleSemantics;

/// <summary>Read by a constructor that only a generic method's new T() calls.</summary>
public static class GenericMethodTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
