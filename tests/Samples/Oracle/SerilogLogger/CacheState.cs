namespace OracleSerilog;

/// <summary>The warm-up patch's own target.</summary>
public static class CacheState
{
    public static bool Primed;
}
