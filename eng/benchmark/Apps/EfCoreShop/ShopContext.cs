using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EfCoreShop;

public sealed class ShopContext : DbContext
{
    private readonly SqliteConnection _connection;

    public ShopContext(SqliteConnection connection)
    {
        _connection = connection;
    }

    public DbSet<Product> Products => Set<Product>();

    protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseSqlite(_connection);
}
