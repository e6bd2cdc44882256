namespace OracleSemantics;

/// <summary>Configured by a patch that runs before anything touches it (the clean control).</summary>
public static class ConfiguredFirstTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
