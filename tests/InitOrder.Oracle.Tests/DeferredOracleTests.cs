using System.Linq;
using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests;

/// <summary>
/// Start-up code that leaves work for later, and NLog configured in code (one build). Every target is read only after
/// the patches. The verdicts of the delegate cases (exit handler, stored callback, Lazy factory, DI factory) belong with
/// the delegate rule; here every case is held to soundness and to the run's own evidence.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class DeferredOracleTests(OracleLab lab)
{
    private static readonly string[] Targets = { "ExitRules", "ReadyRules", "LimitRules", "GreeterRules", "InvoiceRules" };

    private SampleOutcome Outcome => lab.Outcome(OracleSamples.Deferred);

    [Fact]
    public void Nothing_is_missed_and_no_deferred_code_ran_before_its_patch()
    {
        OracleAssert.ProblemFreeAndComplete(Outcome);
        OracleAssert.NoMisses(Outcome);
        foreach (string target in Targets)
        {
            OracleAssert.AppSaw(Outcome, "deferred", target, initializedBeforePatch: false);
            Assert.False(Outcome.Patch("OracleDeferred.TargetPatches.Patch" + target).SawAnalysedTouch, target);
        }

        Assert.Contains("[deferred] exit handler: farewell", Outcome.Run.StandardOutput);
        Assert.Contains("first invoice: fancy invoice 12", Outcome.Run.StandardOutput);
    }

    [Fact]
    public void Start_up_patches_before_the_container_is_built_are_clean()
    {
        // ConfigureLogging (NLog configured in code) joined them when Invoke came to reach only what its lookup found.
        foreach (string startup in new[] { "RegisterExitHandler", "StoreCallback", "CreateLazy", "RegisterFactory", "ConfigureLogging" })
        {
            OracleAssert.Case(Outcome, "OracleDeferred.DeferredStartup." + startup);
        }
    }

    [Fact]
    public void The_invoice_that_only_Main_logs_is_clean()
    {
        // Issue 21: NLog's closures over annotated types, its GetMethods(Static | Public), its List<> made by
        // MakeGenericType, StackFrame.GetMethod and Expression.Convert each made Invoice count as constructed.
        OracleAssert.Case(Outcome, "OracleDeferred.TargetPatches.PatchInvoiceRules");
    }

    [Fact]
    public void NLog_never_constructs_a_type_that_is_not_an_attribute_when_it_reads_attributes()
    {
        // The false error issue 21 quotes: GetCustomAttribute<T>() in NLog's ReflectionHelpers "constructed" Invoice.
        Assert.DoesNotContain(Outcome.Verification.Violations, v => v.Chain.Any(s => s.Note is { } note && note.Contains("constructed by reflection in ReflectionHelpers")));
    }
}
