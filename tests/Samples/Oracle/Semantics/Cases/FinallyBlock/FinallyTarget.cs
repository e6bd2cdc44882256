namespace OracleSemantics;

/// <summary>Written inside a finally block.</summary>
public static class FinallyTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
