namespace OracleEfCore;

/// <summary>A start-up patch's own target. OpenShop: how many products the start-up query counted.</summary>
public static class ShopCounts
{
    public static int Products = -1;
}
