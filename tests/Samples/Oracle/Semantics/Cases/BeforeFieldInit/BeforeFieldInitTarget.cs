namespace OracleSemantics;

/// <summary>Read by a field initializer of a beforefieldinit type.</summary>
public static class BeforeFieldInitTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
