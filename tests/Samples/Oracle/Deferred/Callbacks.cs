namespace OracleDeferred;

/// <summary>A start-up patch's own target. StoreCallback: the callback Main invokes.</summary>
public static class Callbacks
{
    public static System.Func<string> OnReady = () => "";
}
