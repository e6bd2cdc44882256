using System;
using System.Linq;
using Dapper;
using Microsoft.Data.Sqlite;
using OracleProbe;
using Polly;

namespace OracleDataAccess;

internal static class Program
{
    private static int Main()
    {
        Console.WriteLine("[data] stock counted at start-up: " + PipelineResult.Value);
        Console.WriteLine("[data] first order at start-up: " + QueryResult.Value);

        // The clean cases' types, used after the patches: the run shows they work and read the patched values.
        new ResiliencePipelineBuilder().AddStrategy(_ => new NoisyStrategy(), new NoisyOptions()).Build().Execute(() => 0);
        SqlMapper.AddTypeHandler(new LegacyMoneyHandler());
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var legacy = connection.Query<OrderRow>("select 8 as Id, 3.5 as Total").Single();
        Console.WriteLine("[data] after the patches: alarm rang " + NoisyStrategy.Rang + ", legacy order in " + legacy.Total.Currency);

        PatchLog.Print("data", nameof(StockLevel), StockLevel.SawPatch);
        PatchLog.Print("data", nameof(AlarmBell), AlarmBell.SawPatch);
        PatchLog.Print("data", nameof(CurrencyRules), CurrencyRules.SawPatch);
        PatchLog.Print("data", nameof(LegacyRules), LegacyRules.SawPatch);
        return 0;
    }
}
