namespace OracleDeferred;

/// <summary>A start-up patch's own target. RegisterExitHandler: how many handlers it registered.</summary>
public static class ExitHandlers
{
    public static int Count;
}
