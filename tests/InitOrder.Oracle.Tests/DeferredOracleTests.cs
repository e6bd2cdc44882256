using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests;

/// <summary>
/// Start-up code that leaves work for later, and NLog configured in code (one build). Every
/// target is read only after the patches. The verdicts of the delegate cases (exit handler, stored callback, Lazy
/// factory, DI factory) belong with the delegate rule; here they are held to soundness and to the run's own evidence.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class DeferredOracleTests(OracleLab lab)
{
    private const string Patches = "OracleDeferred.TargetPatches.";

    private SampleOutcome Outcome => lab.Outcome(OracleSamples.Deferred);

    [Fact]
    public void Start_up_patches_are_clean_and_the_build_has_no_problems()
    {
        OracleAssert.ProblemFreeAndComplete(Outcome);
        foreach (string startup in new[] { "RegisterExitHandler", "StoreCallback", "CreateLazy", "RegisterFactory", "ConfigureLogging" })
        {
            OracleAssert.Case(Outcome, "OracleDeferred.DeferredStartup." + startup);
        }
    }

    [Fact]
    public void Nothing_is_missed_and_no_deferred_code_ran_before_its_patch()
    {
        OracleAssert.NoMisses(Outcome);
        foreach (string target in new[] { "ExitRules", "ReadyRules", "LimitRules", "GreeterRules" })
        {
            OracleAssert.AppSaw(Outcome, "deferred", target, initializedBeforePatch: false);
            Assert.False(Outcome.Patch(Patches + "Patch" + target).SawAnalysedTouch, target);
        }

        Assert.Contains("[deferred] exit handler: farewell", Outcome.Run.StandardOutput);
    }

    [Fact]
    public void NLog_configured_in_code_logging_a_plain_string_is_clean()
    {
        OracleAssert.Case(Outcome, Patches + "PatchInvoiceRules");
        OracleAssert.AppSaw(Outcome, "deferred", "InvoiceRules", initializedBeforePatch: false);
        Assert.Contains("first invoice: fancy invoice 12", Outcome.Run.StandardOutput);
    }
}
