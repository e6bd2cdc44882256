using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests;

/// <summary>
/// The Deferred sample's delegate cases (issue 21 item 4): a delegate runs when it is invoked, not when it is created.
/// Each lambda reads a later patch's target, and runs only at exit or from Main, so each target patch must be clean.
/// The DI factory (PatchGreeterRules) is among them since 2026-12-07: the container is stored, never handed to framework
/// code that could call GetService (Reachability/EscapeRule), and DI's validation, which resolves every registration,
/// runs only under ValidateOnBuild, which nothing sets (Guards/GuardRule).
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

    [Fact]
    public void DI_factory_registered_early_and_resolved_from_Main_is_clean() => OracleAssert.Case(Outcome, Patches + "PatchGreeterRules");
}
