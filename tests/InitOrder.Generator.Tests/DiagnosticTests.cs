using System.Linq;
using InitOrder.Tests.Shared;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using InitOrder.Generator.Emit;
using InitOrder.Generator.Tests.Infrastructure;

namespace InitOrder.Generator.Tests;

public sealed class DiagnosticTests
{
    public static IEnumerable<object[]> InvalidMethods() => new[]
    {
        new object[] { "internal void M() { }", "is not static" },
        new object[] { "internal static int M() => 0;", "does not return void" },
        new object[] { "internal static void M(int x) { }", "has parameters" },
        new object[] { "internal static void M<T>() { }", "is generic" },
        new object[] { "private static void M() { }", "is private" },
        new object[] { "protected static void M() { }", "is protected" },
        new object[] { "internal static async void M() { await System.Threading.Tasks.Task.Yield(); }", "is async" },
        new object[] { "internal static extern void M();", "has no body" },
    };

    [Theory]
    [MemberData(nameof(InvalidMethods))]
    public void Invalid_patch_method_is_INIT001_at_the_method_name(string member, string problem)
    {
        var source = "class C\n{\n    [InitOrder.InitPatch(typeof(object))]\n    " + member + "\n}\n";

        var run = GeneratorHarness.Run(source);

        var diagnostic = run.SingleDiagnostic("INIT001");
        Assert.Contains(problem, diagnostic.GetMessage());
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/src/Patches.cs", span.Path);
        Assert.Equal(3, span.StartLinePosition.Line);
        Assert.Equal(member.IndexOf(" M", System.StringComparison.Ordinal) + 5, span.StartLinePosition.Character);
        Assert.DoesNotContain("C.M", run.Source(InitPatchesEmitter.HintName));
    }

    [Fact]
    public void Patch_in_a_generic_type_is_INIT001()
    {
        var run = GeneratorHarness.Run("class G<T> { [InitOrder.InitPatch(typeof(object))] internal static void M() { } }");

        Assert.Contains("generic type 'G'", run.SingleDiagnostic("INIT001").GetMessage());
    }

    [Fact]
    public void Patch_in_a_private_nested_type_is_INIT001()
    {
        var run = GeneratorHarness.Run("class Outer { private static class Hidden { [InitOrder.InitPatch(typeof(object))] internal static void M() { } } }");

        Assert.Contains("private type 'Hidden'", run.SingleDiagnostic("INIT001").GetMessage());
    }

    [Fact]
    public void Local_function_patch_is_INIT001()
    {
        var run = GeneratorHarness.Run("class C { static void Host() { Local(); [InitOrder.InitPatch(typeof(object))] static void Local() { } } }");

        Assert.Contains("local function", run.SingleDiagnostic("INIT001").GetMessage());
    }

    [Fact]
    public void Patch_without_targets_is_INIT003_at_the_attribute()
    {
        var run = GeneratorHarness.Run("class C\n{\n    [InitOrder.InitPatch]\n    internal static void M() { }\n}\n");

        var diagnostic = run.SingleDiagnostic("INIT003");
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(5, diagnostic.Location.GetLineSpan().StartLinePosition.Character);
    }

    [Theory]
    [InlineData("(System.Type)null", "null")]
    [InlineData("Assemblies = new[] { \"\" }", "not a simple assembly name")]
    [InlineData("Assemblies = new[] { \"Npgsql.dll\" }", "not a simple assembly name")]
    [InlineData("Assemblies = null", "Assemblies is null")]
    [InlineData("typeof(int[])", "is not a class")]
    public void Invalid_targets_are_INIT004(string arguments, string message)
    {
        var run = GeneratorHarness.Run("class C { [InitOrder.InitPatch(" + arguments + ")] internal static void M() { } }");

        Assert.Contains(message, run.SingleDiagnostic("INIT004").GetMessage());
    }

    [Fact]
    public void Open_generic_target_is_accepted_by_its_metadata_name()
    {
        var run = GeneratorHarness.Run("namespace N; class Cache<T> { } class C { [InitOrder.InitPatch(typeof(Cache<>))] internal static void M() { } }");

        Assert.Empty(run.InitOrderDiagnostics);
        Assert.Contains("N.C.M", run.Source(InitPatchesEmitter.HintName));
    }

    [Fact]
    public void Unknown_target_assembly_is_an_INIT005_warning_and_the_patch_still_runs()
    {
        var run = GeneratorHarness.Run("class C { [InitOrder.InitPatch(Assemblies = new[] { \"NoSuchAssembly\" })] internal static void M() { } }");

        var diagnostic = run.SingleDiagnostic("INIT005");
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("C.M", run.Source(InitPatchesEmitter.HintName));
    }

    [Fact]
    public void Referenced_target_assembly_is_not_reported()
    {
        var run = GeneratorHarness.Run("class C { [InitOrder.InitPatch(Assemblies = new[] { \"System.Runtime\" })] internal static void M() { } }");

        Assert.Empty(run.InitOrderDiagnostics);
    }

    [Fact]
    public void CSharp8_gets_INIT002_naming_the_language_version_and_no_initializer()
    {
        var run = GeneratorHarness.Run(
            "class C { [InitOrder.InitPatch(typeof(object))] internal static void M() { } }",
            withBootstrap: false,
            languageVersion: LanguageVersion.CSharp8);

        var diagnostic = run.SingleDiagnostic("INIT002");
        Assert.Contains("C# 8.0", diagnostic.GetMessage());
        Assert.Contains("<LangVersion>", diagnostic.GetMessage());
        Assert.False(run.HasSource(InitializerEmitter.HintName));
        Assert.DoesNotContain(run.CompilerErrors, d => d.Id is "CS8370" or "CS8400");
    }

    [Fact]
    public void CSharp73_compiles_the_attribute_without_errors()
    {
        var run = GeneratorHarness.Run("class C { }", withBootstrap: false, languageVersion: LanguageVersion.CSharp7_3);

        Assert.Empty(run.CompilerErrors);
    }

    [Fact]
    public void Every_diagnostic_has_a_readme_section_and_links_to_it_only_through_the_package_s_documentation_url()
    {
        var readme = System.IO.File.ReadAllLines(System.IO.Path.Combine(InitOrder.Tests.Shared.RepositoryPaths.Root, "README.md"));
        var supported = new Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[] { new InitOrder.Generator.Analyzers.InitPatchAnalyzer(), new InitOrder.Generator.Analyzers.AcceptViolationAnalyzer(), new InitOrder.Generator.Analyzers.DirectViolationAnalyzer() }
            .SelectMany(a => a.SupportedDiagnostics)
            .Select(d => d.Id)
            .ToList();

        Assert.Equal(new[] { "INIT001", "INIT002", "INIT003", "INIT004", "INIT005", "INIT006", "INIT102", "INIT106" }, supported.Order());
        foreach (var id in supported)
        {
            // Roslyn keeps a missing link as "".
            Assert.Equal(DocumentationUrl.Link(id) ?? "", Diagnostics.DiagnosticDescriptors.ById(id).HelpLinkUri);
            Assert.Contains("### " + id, readme);
        }
    }
}
