namespace OracleSemantics;

/// <summary>Read inside local functions (one static, one capturing).</summary>
public static class LocalFunctionTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
