using System;
using System.Linq;
using Dapper;
using Microsoft.Data.Sqlite;
using Polly;
using Polly.Retry;

namespace OracleDataAccess;

internal static class DataStartup
{
    [InitOrder.InitPatch(typeof(PipelineResult), Order = 0)]
    internal static void CountStock()
    {
        var pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions { MaxRetryAttempts = 2, Delay = TimeSpan.Zero })
            .Build();
        PipelineResult.Value = pipeline.Execute(static () => Inventory.Count()).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [InitOrder.InitPatch(typeof(QueryResult), Order = 2)]
    internal static void ReadFirstOrder()
    {
        SqlMapper.AddTypeHandler(new MoneyHandler());
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var row = connection.Query<OrderRow>("select 7 as Id, 12.5 as Total").Single();
        QueryResult.Value = row.Id + ": " + row.Total.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + row.Total.Currency;
    }
}
