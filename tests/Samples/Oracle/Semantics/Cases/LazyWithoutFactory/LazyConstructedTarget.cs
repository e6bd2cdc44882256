namespace OracleSemantics;

/// <summary>Read by a constructor that Lazy&lt;T&gt; without a factory calls by reflection.</summary>
public static class LazyConstructedTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
