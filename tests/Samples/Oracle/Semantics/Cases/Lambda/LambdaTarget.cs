namespace OracleSemantics;

/// <summary>Read inside a lambda, which the compiler caches in a static field of a nested &lt;&gt;c class.</summary>
public static class LambdaTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
