namespace EfCoreShop;

/// <summary>What <see cref="Currency"/>'s initializer reads, and so what the later patch configures.</summary>
internal static class Defaults
{
    public static string Symbol { get; set; } = "$";
}
