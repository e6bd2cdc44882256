namespace OracleSemantics;

/// <summary>Read by an instance method of a struct that was only default-initialized (initobj).</summary>
public static class StructTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
