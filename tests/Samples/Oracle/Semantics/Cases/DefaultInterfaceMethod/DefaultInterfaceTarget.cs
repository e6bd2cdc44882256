namespace OracleSemantics;

/// <summary>Read by a default interface method that the implementing class does not override.</summary>
public static class DefaultInterfaceTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
