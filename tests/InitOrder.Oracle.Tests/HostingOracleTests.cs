using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests;

/// <summary>
/// A DI container, options binding and Microsoft.Extensions.Logging in Order-0 patches (one build). Each library
/// reaches one app type first (by reflection or by an interface call on an object the app made) and has an
/// implementation next to it that nothing creates.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class HostingOracleTests(OracleLab lab)
{
    private const string Patches = "OracleHosting.TargetPatches.";

    private SampleOutcome Outcome => lab.Outcome(OracleSamples.Hosting);

    [Fact]
    public void Start_up_patches_are_clean_and_the_build_has_no_problems()
    {
        OracleAssert.ProblemFreeAndComplete(Outcome);
        OracleAssert.Case(Outcome, "OracleHosting.Composition.ResolveGreeter");
        OracleAssert.Case(Outcome, "OracleHosting.MailOptions.BindMail");
        OracleAssert.Case(Outcome, "OracleHosting.AuditLogging.WriteStartupEntry");
    }

    [Fact]
    public void Constructor_of_a_service_the_container_resolves_is_flagged()
    {
        OracleAssert.Case(Outcome, Patches + "PatchSalutation");
        OracleAssert.FlaggedFrom(Outcome, Patches + "PatchSalutation", "OracleHosting.Composition.ResolveGreeter()", "Composition.cs");
        OracleAssert.AppSaw(Outcome, "hosting", "Salutation", initializedBeforePatch: true);
    }

    [Fact]
    public void Implementation_nothing_registers_or_creates_is_clean()
    {
        OracleAssert.Case(Outcome, Patches + "PatchVolume");
        OracleAssert.AppSaw(Outcome, "hosting", "Volume", initializedBeforePatch: false);
    }

    [Fact]
    public void Setter_the_configuration_binder_calls_is_flagged()
    {
        OracleAssert.Case(Outcome, Patches + "PatchMailDefaults");
        OracleAssert.FlaggedFrom(Outcome, Patches + "PatchMailDefaults", "OracleHosting.MailOptions.BindMail()", "MailOptions.cs");
        OracleAssert.AppSaw(Outcome, "hosting", "MailDefaults", initializedBeforePatch: true);
    }

    [Fact]
    public void Settings_bound_only_after_the_patches_are_clean()
    {
        OracleAssert.Case(Outcome, Patches + "PatchArchiveDefaults");
        OracleAssert.AppSaw(Outcome, "hosting", "ArchiveDefaults", initializedBeforePatch: false);
        Assert.Contains("[hosting] archive folder: /archive/invoices", Outcome.Run.StandardOutput);
    }

    [Fact]
    public void Logger_of_a_provider_given_to_the_logger_factory_is_flagged()
    {
        OracleAssert.Case(Outcome, Patches + "PatchAuditChannel");
        OracleAssert.FlaggedFrom(Outcome, Patches + "PatchAuditChannel", "OracleHosting.AuditLogging.WriteStartupEntry()", "AuditLogging.cs");
        OracleAssert.AppSaw(Outcome, "hosting", "AuditChannel", initializedBeforePatch: true);
        Assert.Contains("[hosting] audit entries at start-up: 1", Outcome.Run.StandardOutput);
    }

    [Fact]
    public void Logger_provider_nothing_creates_is_clean()
    {
        OracleAssert.Case(Outcome, Patches + "PatchSyslogChannel");
        OracleAssert.AppSaw(Outcome, "hosting", "SyslogChannel", initializedBeforePatch: false);
    }
}
