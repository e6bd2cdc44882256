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
    public void Attribute_constructor_run_by_GetCustomAttributes_is_flagged()
    {
        OracleAssert.Case(Outcome, Patches + "PatchAuditPolicy");
        OracleAssert.FlaggedFrom(Outcome, Patches + "PatchAuditPolicy", "OracleAttributes.AttributeStartup.InspectInvoice()", "AttributeStartup.cs");
        OracleAssert.AppSaw(Outcome, "attributes", "AuditPolicy", initializedBeforePatch: true);
    }

    [Fact]
    public void Attribute_on_a_type_nothing_inspects_is_clean()
    {
        OracleAssert.Case(Outcome, Patches + "PatchArchivePolicy");
        OracleAssert.AppSaw(Outcome, "attributes", "ArchivePolicy", initializedBeforePatch: false);
    }

    [Fact]
    public void Method_invoked_by_its_constant_name_is_flagged()
    {
        OracleAssert.Case(Outcome, Patches + "PatchWarmRules");
        OracleAssert.FlaggedFrom(Outcome, Patches + "PatchWarmRules", "OracleAttributes.AttributeStartup.InvokeByName()", "AttributeStartup.cs");
        OracleAssert.AppSaw(Outcome, "attributes", "WarmRules", initializedBeforePatch: true);
    }

    [Fact]
    public void Sibling_of_a_method_invoked_by_its_constant_name_is_clean()
    {
        OracleAssert.Case(Outcome, Patches + "PatchPurgeRules");
        OracleAssert.AppSaw(Outcome, "attributes", "PurgeRules", initializedBeforePatch: false);
    }

    [Fact]
    public void Named_argument_setter_run_by_TypeDescriptor_GetAttributes_is_flagged()
    {
        OracleAssert.Case(Outcome, Patches + "PatchCaptionStyle");
        OracleAssert.FlaggedFrom(Outcome, Patches + "PatchCaptionStyle", "OracleAttributes.AttributeStartup.DescribeLabel()", "AttributeStartup.cs");
        OracleAssert.AppSaw(Outcome, "attributes", "CaptionStyle", initializedBeforePatch: true);
    }

    [Fact]
    public void Type_converter_created_by_TypeDescriptor_is_flagged()
    {
        OracleAssert.Case(Outcome, Patches + "PatchThermostat");
        OracleAssert.FlaggedFrom(Outcome, Patches + "PatchThermostat", "OracleAttributes.AttributeStartup.ParseTemperature()", "AttributeStartup.cs");
        OracleAssert.AppSaw(Outcome, "attributes", "Thermostat", initializedBeforePatch: true);
    }

    [Fact]
    public void System_Text_Json_converter_named_by_an_attribute_is_flagged()
    {
        OracleAssert.Case(Outcome, Patches + "PatchPriceRules");
        OracleAssert.FlaggedFrom(Outcome, Patches + "PatchPriceRules", "OracleAttributes.JsonStartup.ReadPrice()", "JsonStartup.cs");
        OracleAssert.AppSaw(Outcome, "attributes", "PriceRules", initializedBeforePatch: true);
    }

    [Fact]
    public void Newtonsoft_converter_named_by_an_attribute_is_flagged()
    {
        OracleAssert.Case(Outcome, Patches + "PatchWeightRules");
        OracleAssert.FlaggedFrom(Outcome, Patches + "PatchWeightRules", "OracleAttributes.JsonStartup.ReadWeight()", "JsonStartup.cs");
        OracleAssert.AppSaw(Outcome, "attributes", "WeightRules", initializedBeforePatch: true);
    }

    [Fact]
    public void Derived_type_named_by_JsonDerivedType_is_flagged()
    {
        OracleAssert.Case(Outcome, Patches + "PatchCircleRules");
        OracleAssert.FlaggedFrom(Outcome, Patches + "PatchCircleRules", "OracleAttributes.JsonStartup.ReadShape()", "JsonStartup.cs");
        OracleAssert.AppSaw(Outcome, "attributes", "CircleRules", initializedBeforePatch: true);
    }

    [Fact]
    public void Validation_attribute_run_by_Validator_is_flagged()
    {
        OracleAssert.Case(Outcome, Patches + "PatchSkuRules");
        OracleAssert.FlaggedFrom(Outcome, Patches + "PatchSkuRules", "OracleAttributes.ValidationStartup.ValidateOrder()", "ValidationStartup.cs");
        OracleAssert.AppSaw(Outcome, "attributes", "SkuRules", initializedBeforePatch: true);
    }

    [Fact]
    public void Validation_attribute_run_by_options_validation_is_flagged()
    {
        OracleAssert.Case(Outcome, Patches + "PatchCurrencyRules");
        OracleAssert.FlaggedFrom(Outcome, Patches + "PatchCurrencyRules", "OracleAttributes.ValidationStartup.ValidateShop()", "ValidationStartup.cs");
        OracleAssert.AppSaw(Outcome, "attributes", "CurrencyRules", initializedBeforePatch: true);
    }
}
