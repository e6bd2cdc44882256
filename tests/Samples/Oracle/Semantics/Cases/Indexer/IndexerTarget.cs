namespace OracleSemantics;

/// <summary>Read by an indexer.</summary>
public static class IndexerTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
