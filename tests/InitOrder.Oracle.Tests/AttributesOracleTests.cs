using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests;

/// <summary>
/// Attributes are code that reflection runs (one build): the app's own attribute lookups, a type converter, System.Text.Json
/// and Newtonsoft.Json converter attributes, a polymorphic derived type, DataAnnotations validation directly and through
/// options. A method invoked by its constant name reaches that method, not its sibling.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class AttributesOracleTests(OracleLab lab)
{
    private const string Patches = "OracleAttributes.TargetPatches.";

    private SampleOutcome Outcome => lab.Outcome(OracleSamples.Attributes);

    [Fact]
    public void Start_up_patches_are_clean_and_the_build_has_no_problems()
    {
        OracleAssert.ProblemFreeAndComplete(Outcome);
        foreach (string startup in new[]
        {
            "AttributeStartup.InspectInvoice", "AttributeStartup.InvokeByName", "AttributeStartup.DescribeLabel", "AttributeStartup.ParseTemperature",
            "JsonStartup.ReadPrice", "JsonStartup.ReadWeight", "JsonStartup.ReadShape", "ValidationStartup.ValidateOrder", "ValidationStartup.ValidateShop",
        })
        {
            OracleAssert.Case(Outcome, "OracleAttributes." + startup);
        }
    }

    [Fact]
    public void Attribute_constructor_run_by_GetCustomAttributes_is_flagged() => FlaggedFrom("AuditPolicy", "AttributeStartup.InspectInvoice");

    [Fact]
    public void Attribute_on_a_type_nothing_inspects_is_clean() => Clean("ArchivePolicy");

    [Fact]
    public void Method_invoked_by_its_constant_name_is_flagged() => FlaggedFrom("WarmRules", "AttributeStartup.InvokeByName");

    [Fact]
    public void Sibling_of_a_method_invoked_by_its_constant_name_is_clean() => Clean("PurgeRules");

    [Fact]
    public void Named_argument_setter_run_by_TypeDescriptor_GetAttributes_is_flagged() => FlaggedFrom("CaptionStyle", "AttributeStartup.DescribeLabel");

    [Fact]
    public void Type_converter_created_by_TypeDescriptor_is_flagged() => FlaggedFrom("Thermostat", "AttributeStartup.ParseTemperature");

    [Fact]
    public void System_Text_Json_converter_named_by_an_attribute_is_flagged() => FlaggedFrom("PriceRules", "JsonStartup.ReadPrice");

    [Fact]
    public void Newtonsoft_converter_named_by_an_attribute_is_flagged() => FlaggedFrom("WeightRules", "JsonStartup.ReadWeight");

    [Fact]
    public void Derived_type_named_by_JsonDerivedType_is_flagged() => FlaggedFrom("CircleRules", "JsonStartup.ReadShape");

    [Fact]
    public void Validation_attribute_run_by_Validator_is_flagged() => FlaggedFrom("SkuRules", "ValidationStartup.ValidateOrder");

    [Fact]
    public void Validation_attribute_run_by_options_validation_is_flagged() => FlaggedFrom("CurrencyRules", "ValidationStartup.ValidateShop");

    /// <summary>The target's patch is flagged from the start-up patch that really reaches it, and the app saw it initialized first.</summary>
    private void FlaggedFrom(string target, string startup)
    {
        OracleAssert.Case(Outcome, Patches + "Patch" + target);
        OracleAssert.FlaggedFrom(Outcome, Patches + "Patch" + target, "OracleAttributes." + startup + "()", startup.Substring(0, startup.IndexOf('.')) + ".cs");
        OracleAssert.AppSaw(Outcome, "attributes", target, initializedBeforePatch: true);
    }

    private void Clean(string target)
    {
        OracleAssert.Case(Outcome, Patches + "Patch" + target);
        OracleAssert.AppSaw(Outcome, "attributes", target, initializedBeforePatch: false);
    }
}
