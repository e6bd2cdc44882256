using System.Linq;
using InitOrder.Generator.Tests.Infrastructure;

namespace InitOrder.Generator.Tests;

/// <summary>[AcceptViolation]: generated for every project, and INIT006 where the verifier could never use it.</summary>
public sealed class AcceptViolationTests
{
    private const string Patch = """
        public static class Clock { public static string Source = "system"; }
        internal static class Patches { [InitOrder.InitPatch(typeof(Clock))] internal static void UseFake() => Clock.Source = "fake"; }
        """;

    [Theory]
    [InlineData("[InitOrder.AcceptViolation(\"INIT102\", Target = typeof(Clock), Justification = \"reads only the length\")]")]
    [InlineData("[InitOrder.AcceptViolation(\"INIT101\", Patch = \"Patches.UseFake\", Justification = \"reviewed\")]")]
    [InlineData("[InitOrder.AcceptViolation(\"INIT104\", Patch = \"Patches.UseFake\", Target = typeof(Clock), Justification = \"reviewed\")]")]
    [InlineData("[InitOrder.AcceptViolation(\"INIT106\", Target = typeof(Clock), Justification = \"Clock's initializer only logs Source\")]")]
    public void Valid_acceptance_on_a_method_compiles_without_diagnostics(string attribute)
    {
        var run = GeneratorHarness.Run(Patch + "internal static class Early { " + attribute + " internal static void Init() { } }");

        Assert.Empty(run.InitOrderDiagnostics);
        Assert.Empty(run.CompilerErrors);
    }

    [Fact]
    public void Acceptance_on_a_static_constructor_and_on_the_assembly_compiles()
    {
        var run = GeneratorHarness.Run(
            "[assembly: InitOrder.AcceptViolation(\"INIT102\", Target = typeof(Clock), Justification = \"one\")]\n" +
            "[assembly: InitOrder.AcceptViolation(\"INIT101\", Target = typeof(Clock), Justification = \"two\")]\n" +
            Patch + "internal static class Cache { [InitOrder.AcceptViolation(\"INIT102\", Target = typeof(Clock), Justification = \"three\")] static Cache() { } }");

        Assert.Empty(run.InitOrderDiagnostics);
        Assert.Empty(run.CompilerErrors);
    }

    [Theory]
    [InlineData("\"INIT201\", Target = typeof(Clock), Justification = \"x\"", "'INIT201' is not a violation code")]
    [InlineData("\"INIT102\", Justification = \"x\"", "name the patch")]
    [InlineData("\"INIT102\", Patch = \" \", Justification = \"x\"", "name the patch")]
    [InlineData("\"INIT102\", Target = typeof(Clock)", "give a Justification")]
    [InlineData("\"INIT102\", Target = typeof(Clock), Justification = \"  \"", "give a Justification")]
    public void Unusable_acceptance_on_a_method_is_INIT006_at_the_attribute(string arguments, string problem)
    {
        var source = Patch + "\ninternal static class Early\n{\n    [InitOrder.AcceptViolation(" + arguments + ")] internal static void Init() { }\n}\n";

        var run = GeneratorHarness.Run(source);

        var diagnostic = run.SingleDiagnostic("INIT006");
        Assert.Contains(problem, diagnostic.GetMessage());
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/src/Patches.cs", span.Path);
        Assert.Equal(4, span.StartLinePosition.Line);
        Assert.Equal(5, span.StartLinePosition.Character);
    }

    [Fact]
    public void Unusable_acceptance_on_the_assembly_is_INIT006_at_that_attribute_only()
    {
        var source =
            "[assembly: InitOrder.AcceptViolation(\"INIT102\", Target = typeof(Clock), Justification = \"fine\")]\n" +
            "[assembly: InitOrder.AcceptViolation(\"INIT102\", Target = typeof(Clock))]\n" + Patch;

        var run = GeneratorHarness.Run(source);

        var diagnostic = run.SingleDiagnostic("INIT006");
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Attribute_is_generated_even_without_patches()
    {
        var run = GeneratorHarness.Run("internal static class Early { [InitOrder.AcceptViolation(\"INIT101\", Patch = \"Lib.P.M\", Justification = \"x\")] static void M() { } }");

        Assert.Empty(run.CompilerErrors);
        Assert.True(run.HasSource("InitOrder.AcceptViolationAttribute.g.cs"));
    }
}
