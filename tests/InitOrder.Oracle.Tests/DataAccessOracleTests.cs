using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests;

/// <summary>
/// A Polly.Core resilience pipeline and a Dapper query over in-memory SQLite with a custom type handler, in patches
/// (one build). Dapper reaches the handler from the row reader it emits at run time.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class DataAccessOracleTests(OracleLab lab)
{
    private const string Patches = "OracleDataAccess.TargetPatches.";

    private SampleOutcome Outcome => lab.Outcome(OracleSamples.DataAccess);

    [Fact]
    public void Start_up_patches_are_clean_and_the_build_has_no_problems()
    {
        OracleAssert.ProblemFreeAndComplete(Outcome);
        OracleAssert.Case(Outcome, "OracleDataAccess.DataStartup.CountStock");
        OracleAssert.Case(Outcome, "OracleDataAccess.DataStartup.ReadFirstOrder");
    }

    [Fact]
    public void Strategy_nothing_has_created_is_clean()
    {
        OracleAssert.Case(Outcome, Patches + "PatchAlarmBell");
        OracleAssert.AppSaw(Outcome, "data", "AlarmBell", initializedBeforePatch: false);
    }

    [Fact]
    public void Callback_the_pipeline_executes_is_flagged()
    {
        OracleAssert.Case(Outcome, Patches + "PatchStockLevel");
        OracleAssert.FlaggedFrom(Outcome, Patches + "PatchStockLevel", "OracleDataAccess.DataStartup.CountStock()", "DataStartup.cs");
        OracleAssert.AppSaw(Outcome, "data", "StockLevel", initializedBeforePatch: true);
        Assert.Contains("[data] stock counted at start-up: 12", Outcome.Run.StandardOutput);
    }

    [Fact]
    public void Type_handler_registered_only_later_is_clean()
    {
        OracleAssert.Case(Outcome, Patches + "PatchLegacyRules");
        OracleAssert.AppSaw(Outcome, "data", "LegacyRules", initializedBeforePatch: false);
    }

    [Fact]
    public void Type_handler_the_query_uses_is_flagged()
    {
        OracleAssert.Case(Outcome, Patches + "PatchCurrencyRules");
        OracleAssert.FlaggedFrom(Outcome, Patches + "PatchCurrencyRules", "OracleDataAccess.DataStartup.ReadFirstOrder()", "DataStartup.cs");
        OracleAssert.AppSaw(Outcome, "data", "CurrencyRules", initializedBeforePatch: true);
        Assert.Contains("[data] first order at start-up: 7: 12.5 EUR", Outcome.Run.StandardOutput);
    }
}
