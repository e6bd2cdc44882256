using Microsoft.Data.Sqlite;

namespace EfCoreShop;

/// <summary>Where the shop's database lives once the start-up patch has created it.</summary>
internal static class Catalog
{
    public static SqliteConnection? Connection { get; set; }
}
