using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OracleEfCore;

public sealed class ShopContext(SqliteConnection connection) : DbContext
{
    public DbSet<Product> Products => Set<Product>();

    protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseSqlite(connection);
}
