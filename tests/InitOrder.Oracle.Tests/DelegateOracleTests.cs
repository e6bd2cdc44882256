using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests;

/// <summary>
/// The Deferred sample's delegate cases (issue 21 item 4): a delegate runs when it is invoked, not when it is created.
/// Each lambda reads a later patch's target, and runs only at exit or from Main, so each target patch must be clean.
/// The DI factory (PatchGreeterRules) is not among them yet: framework code may call GetService on the live container
/// (the callback rule), and GetService invokes a Func&lt;ServiceProviderEngineScope, object?&gt;, which contravariance lets
/// hold the factory's Func&lt;IServiceProvider, object&gt;; only flow information would tell them apart (eng/soundness.md,
/// Precision). DeferredOracleTests holds it to soundness and run-time truth.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class DelegateOracleTests(OracleLab lab)
{
    private const string Patches = "OracleDeferred.TargetPatches.";

    private SampleOutcome Outcome => lab.Outcome(OracleSamples.Deferred);

    [Fact]
    public void Exit_handler_registered_early_is_clean() => OracleAssert.Case(Outcome, Patches + "PatchExitRules");

    [Fact]
    public void Callback_stored_early_and_invoked_from_Main_is_clean() => OracleAssert.Case(Outcome, Patches + "PatchReadyRules");

    [Fact]
    public void Lazy_factory_read_only_from_Main_is_clean() => OracleAssert.Case(Outcome, Patches + "PatchLimitRules");
}
