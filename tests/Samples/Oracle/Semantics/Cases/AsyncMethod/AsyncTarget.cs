namespace OracleSemantics;

/// <summary>Read after an await inside an async method that the caller drives synchronously.</summary>
public static class AsyncTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
