using System.Threading;
using InitOrder.Generator.Analyzers;
using InitOrder.Generator.Tests.Infrastructure;

namespace InitOrder.Generator.Tests;

/// <summary>The analyzers return at once from compilations that never name their attribute, and only from those.</summary>
public sealed class SourceMentionsTests
{
    [Fact]
    public void The_generators_own_files_do_not_count_as_mentions()
    {
        var run = GeneratorHarness.Run("namespace N; static class Other { static int X => 1; }", withBootstrap: true);

        Assert.True(run.Result.GeneratedSources.Length >= 2, "the generator's attribute files are in the compilation");
        Assert.False(SourceMentions.AnyUserFileMentions(run.OutputCompilation, "InitPatch", CancellationToken.None));
        Assert.False(SourceMentions.AnyUserFileMentions(run.OutputCompilation, "AcceptViolation", CancellationToken.None));
    }

    [Theory]
    [InlineData("using P = InitOrder.InitPatchAttribute;")]
    [InlineData("class C { [InitOrder.InitPatch(typeof(object))] static void M() { } }")]
    [InlineData("class C { string S = \"\\u0041\"; }")]
    public void A_name_or_any_unicode_escape_in_a_user_file_counts(string source)
    {
        var run = GeneratorHarness.Run(source);

        Assert.True(SourceMentions.AnyUserFileMentions(run.OutputCompilation, "InitPatch", CancellationToken.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Patches.cs")]
    [InlineData("/src/InitOrder.Generator.InitPatchGenerator.cs")]
    [InlineData("/src/InitOrder.Generator.InitPatchGeneratorX/Patches.cs")]
    public void A_user_file_counts_whatever_its_path(string path)
    {
        var compilation = GeneratorHarness.Compile(new[] { (path, "class C { [InitOrder.InitPatch(typeof(object))] static void M() { } }") });

        Assert.True(SourceMentions.AnyUserFileMentions(compilation, "InitPatch", CancellationToken.None));
    }

    [Fact]
    public void A_patch_named_through_a_global_alias_in_another_file_still_gets_its_diagnostic()
    {
        var compilation = GeneratorHarness.Compile(new[]
        {
            ("/src/Usings.cs", "global using Patch = InitOrder.InitPatchAttribute;"),
            ("/src/Patches.cs", "class C { [Patch(typeof(object))] internal void M() { } }"),
        });

        var run = GeneratorHarness.Run(compilation);

        Assert.Contains("not static", run.SingleDiagnostic("INIT001").GetMessage());
    }

    [Fact]
    public void A_patch_whose_name_is_spelled_with_a_unicode_escape_still_gets_its_diagnostic()
    {
        var run = GeneratorHarness.Run("using InitOrder; class C { [Init\\u0050atch(typeof(object))] internal void M() { } }");

        Assert.Contains("not static", run.SingleDiagnostic("INIT001").GetMessage());
    }
}
