namespace OracleSemantics;

/// <summary>Read by an explicit static constructor that a plain static method call triggers.</summary>
public static class ExplicitConstructorTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
