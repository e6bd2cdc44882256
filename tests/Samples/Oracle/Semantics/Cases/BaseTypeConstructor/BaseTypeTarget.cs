namespace OracleSemantics;

/// <summary>Read by a base class's static constructor, which runs when a derived object is created.</summary>
public static class BaseTypeTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
