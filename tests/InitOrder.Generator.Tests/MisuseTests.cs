using System.Linq;
using InitOrder.Generator.Tests.Infrastructure;

namespace InitOrder.Generator.Tests;

/// <summary>
/// Every way of misusing the attribute ends in a diagnostic at the right place, never in a generator exception
/// (which the compiler would only show as warning CS8785, with the generated code silently missing).
/// </summary>
public sealed class MisuseTests
{
    private static GeneratorRun RunWithoutCrash(string source)
    {
        var run = GeneratorHarness.Run(source);
        Assert.Null(run.Result.Exception);
        return run;
    }

    [Fact]
    public void On_a_lambda_is_INIT001()
    {
        var run = RunWithoutCrash("class C { static System.Action A = [InitOrder.InitPatch(typeof(object))] static () => { }; }");

        Assert.Contains("not an ordinary method", run.SingleDiagnostic("INIT001").GetMessage());
    }

    [Fact]
    public void On_a_property_is_rejected_by_the_compiler_and_generates_no_patch()
    {
        var run = RunWithoutCrash("class C { [InitOrder.InitPatch(typeof(object))] static int P => 1; }");

        Assert.Contains(run.OutputCompilation.GetDiagnostics(), d => d.Id == "CS0592");
        Assert.DoesNotContain("Patch0", run.Source(Emit.InitPatchesEmitter.HintName));
    }

    [Fact]
    public void Duplicate_attributes_are_rejected_by_the_compiler_and_the_patch_is_emitted_once()
    {
        var run = RunWithoutCrash("class C { [InitOrder.InitPatch(typeof(object))] [InitOrder.InitPatch(typeof(string))] internal static void M() { } }");

        Assert.Contains(run.OutputCompilation.GetDiagnostics(), d => d.Id == "CS0579");
        Assert.Single(run.Source(Emit.InitPatchesEmitter.HintName).Split("global::C.M();").Skip(1));
    }

    [Fact]
    public void Abstract_method_is_INIT001()
    {
        var run = RunWithoutCrash("interface I { [InitOrder.InitPatch(typeof(object))] static abstract void M(); }");

        Assert.Single(run.InitOrderDiagnostics, d => d.Id == "INIT001");
    }

    [Fact]
    public void Empty_targets_array_is_INIT003_and_a_null_array_is_INIT004()
    {
        Assert.Single(RunWithoutCrash("class C { [InitOrder.InitPatch(new System.Type[0])] internal static void M() { } }").InitOrderDiagnostics, d => d.Id == "INIT003");
        Assert.Single(RunWithoutCrash("class C { [InitOrder.InitPatch((System.Type[])null)] internal static void M() { } }").InitOrderDiagnostics, d => d.Id == "INIT004");
    }

    [Fact]
    public void Unresolved_target_type_leaves_the_error_to_the_compiler()
    {
        var run = RunWithoutCrash("class C { [InitOrder.InitPatch(typeof(DoesNotExist))] internal static void M() { } }");

        Assert.Contains(run.OutputCompilation.GetDiagnostics(), d => d.Id == "CS0246");
    }

    [Fact]
    public void Names_with_unusual_characters_are_emitted_as_valid_literals()
    {
        var run = RunWithoutCrash("namespace Ünï.Cødé; static class Ωmega { [InitOrder.InitPatch(Assemblies = new[] { \"Lib\\\"Quote\" })] internal static void Patch_é() { } }");

        Assert.Contains(run.InitOrderDiagnostics, d => d.Id == "INIT004" || d.Id == "INIT005");
        Assert.Empty(run.OutputCompilation.GetDiagnostics().Where(d => d.Id.StartsWith("CS1")));
    }
}
