namespace OracleDeferred;

/// <summary>A start-up patch's own target. RegisterFactory: the container Main resolves from.</summary>
public static class Services
{
    public static System.IServiceProvider? Provider;
}
