using System;
using System.Linq;
using Microsoft.Data.Sqlite;

namespace EfCoreShop;

internal static class ShopStartup
{
    /// <summary>Builds the model and the schema before anything else; an in-memory database lives as long as its connection.</summary>
    [InitOrder.InitPatch(typeof(Catalog), Order = 0)]
    internal static void CreateSchema()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var shop = new ShopContext(connection);
        shop.Database.EnsureCreated();
        shop.Products.Add(new Product { Name = "Tea", Price = 3.5m });
        shop.SaveChanges();
        Catalog.Connection = connection;
        Console.WriteLine("products: " + shop.Products.Count(p => p.Price > 1m));
    }
}
