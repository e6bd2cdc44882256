using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests;

/// <summary>
/// Newtonsoft.Json and System.Text.Json (reflection mode) in patches (one build). Serializing meets only the DTOs the
/// app made; deserializing constructs the requested type and calls its setters by reflection.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class SerializersOracleTests(OracleLab lab)
{
    private const string Patches = "OracleSerializers.TargetPatches.";

    private SampleOutcome Outcome => lab.Outcome(OracleSamples.Serializers);

    [Fact]
    public void Start_up_patches_are_clean_and_the_build_has_no_problems()
    {
        OracleAssert.ProblemFreeAndComplete(Outcome);
        OracleAssert.Case(Outcome, "OracleSerializers.JsonStartup.SerializeAudit");
        OracleAssert.Case(Outcome, "OracleSerializers.JsonStartup.SerializeReceipt");
        OracleAssert.Case(Outcome, "OracleSerializers.JsonStartup.DeserializeSettings");
        OracleAssert.Case(Outcome, "OracleSerializers.JsonStartup.DeserializeProfile");
    }

    [Fact]
    public void Newtonsoft_serializing_a_dto_is_clean_for_object_overrides_of_a_type_not_yet_created()
    {
        OracleAssert.Case(Outcome, Patches + "PatchAuditClock");
        OracleAssert.AppSaw(Outcome, "serializers", "AuditClock", initializedBeforePatch: false);
    }

    [Fact]
    public void System_Text_Json_serializing_an_interface_property_is_clean_for_an_implementation_not_yet_created()
    {
        OracleAssert.Case(Outcome, Patches + "PatchStampInk");
        OracleAssert.AppSaw(Outcome, "serializers", "StampInk", initializedBeforePatch: false);
    }

    [Fact]
    public void Newtonsoft_deserializing_calls_the_setter_so_it_is_flagged()
    {
        OracleAssert.Case(Outcome, Patches + "PatchNameRules");
        OracleAssert.FlaggedFrom(Outcome, Patches + "PatchNameRules", "OracleSerializers.JsonStartup.DeserializeSettings()", "JsonStartup.cs");
        OracleAssert.AppSaw(Outcome, "serializers", "NameRules", initializedBeforePatch: true);
        Assert.Contains("[serializers] settings name: app-billing", Outcome.Run.StandardOutput);
    }

    [Fact]
    public void System_Text_Json_deserializing_in_reflection_mode_calls_the_setter_so_it_is_flagged()
    {
        OracleAssert.Case(Outcome, Patches + "PatchProfileRules");
        OracleAssert.FlaggedFrom(Outcome, Patches + "PatchProfileRules", "OracleSerializers.JsonStartup.DeserializeProfile()", "JsonStartup.cs");
        OracleAssert.AppSaw(Outcome, "serializers", "ProfileRules", initializedBeforePatch: true);
        Assert.Contains("[serializers] profile language: fr-en", Outcome.Run.StandardOutput);
    }
}
