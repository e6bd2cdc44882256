using System.Linq;
using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests;

/// <summary>
/// An EF Core Sqlite context in a start-up patch (one build). DbContext's constructor is [RequiresUnreferencedCode]: it
/// reflects on the derived context it is handed, its DbSet properties and the entity types they name, not on Main.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class EfCoreOracleTests(OracleLab lab)
{
    private SampleOutcome Outcome => lab.Outcome(OracleSamples.EfCore);

    [Fact]
    public void Context_created_early_does_not_reach_Main()
    {
        OracleAssert.ProblemFreeAndComplete(Outcome);
        OracleAssert.Case(Outcome, "OracleEfCore.ShopStartup.OpenShop");
        OracleAssert.Case(Outcome, "OracleEfCore.TargetPatches.PatchShopRules");
        OracleAssert.AppSaw(Outcome, "efcore", "ShopRules", initializedBeforePatch: false);
        Assert.Contains("[efcore] products at start-up: 0", Outcome.Run.StandardOutput);
        Assert.DoesNotContain(Outcome.Verification.Violations, v => v.Chain.Any(s => s.Method == "OracleEfCore.Program.Main()"));
    }

    [Fact]
    public void The_context_is_reflected_on_as_handed()
    {
        var patch = Outcome.Verification.Patches.Single(p => p.Method == "OracleEfCore.TargetPatches.PatchShopRules");
        Assert.Contains(patch.Reflection, s => s.Api == "DbContext..ctor()" && s.Rule == "handed-types");
    }
}
