using OracleProbe;

namespace OracleEfCore;

/// <summary>Read only by Main, after every patch; EF Core ran before its patch: clean.</summary>
public static class ShopRules
{
    public static readonly bool SawPatch;

    public static string Region = "eu";

    static ShopRules()
    {
        SawPatch = PatchLog.HasStarted(nameof(ShopRules));
    }
}
