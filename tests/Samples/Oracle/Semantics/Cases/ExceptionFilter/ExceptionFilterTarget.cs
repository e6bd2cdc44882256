namespace OracleSemantics;

/// <summary>Read inside an exception filter.</summary>
public static class ExceptionFilterTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
