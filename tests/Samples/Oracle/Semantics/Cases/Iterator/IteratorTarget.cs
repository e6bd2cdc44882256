namespace OracleSemantics;

/// <summary>Read inside an iterator that the caller consumes with foreach.</summary>
public static class IteratorTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
