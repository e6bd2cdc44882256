using System.Linq;
using Microsoft.Data.Sqlite;

namespace OracleEfCore;

internal static class ShopStartup
{
    [InitOrder.InitPatch(typeof(ShopCounts), Order = 0)]
    internal static void OpenShop()
    {
        // An in-memory database lives as long as its connection: open it before EnsureCreated.
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var context = new ShopContext(connection);
        context.Database.EnsureCreated();
        ShopCounts.Products = context.Products.Count();
    }
}
