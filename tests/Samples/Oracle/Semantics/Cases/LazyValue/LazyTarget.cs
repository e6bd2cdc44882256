namespace OracleSemantics;

/// <summary>Read by the factory of a Lazy&lt;T&gt;, which Lazy calls when Value is first read.</summary>
public static class LazyTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
