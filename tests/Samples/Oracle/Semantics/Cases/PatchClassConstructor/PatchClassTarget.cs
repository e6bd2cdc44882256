namespace OracleSemantics;

/// <summary>Read by the explicit static constructor of the class that declares its own patch.</summary>
public static class PatchClassTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
