using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;
using InitOrder.Cli.Tests.Infrastructure;

namespace InitOrder.Cli.Tests;

/// <summary>The closing lines of a check, word for word: counts agree with their nouns, and what was checked reads as a sentence.</summary>
public sealed class SummaryWordingTests
{
    [Fact]
    public void Patches_with_no_initializer_ahead_of_InitOrder_s_are_checked_against_the_patch_sequence()
    {
        var cached = Fixtures.CachedTarget;

        var asBuilt = InitOrderCommand.Run("check", cached.Path);
        var worstCase = InitOrderCommand.Run("check", cached.Path, "--all-static-constructors");

        Assert.Contains("Checked 1 patch of 'Cached' against the patch sequence; no module initializer runs ahead of InitOrder's.", asBuilt.OutputLines);
        Assert.Contains("Checked 1 patch of 'Cached' against the patch sequence and every static constructor; no module initializer runs ahead of InitOrder's.", worstCase.OutputLines);
    }

    [Fact]
    public void A_target_in_an_assembly_without_module_initializers_is_checked_against_nothing_and_says_so()
    {
        var empty = TestAssemblyBuilder.Create("Quiet").WithoutGenerator().Source("Types.cs", "namespace Sample; public static class Target { public static int Value; public static int Read() => Value; }").Emit();

        var result = InitOrderCommand.Run("check", empty.Path, "--target", "Sample.Target");

        Assert.Contains("Checked type 'Sample.Target' against the module initializers of 'Quiet': it has none, so nothing runs first.", result.OutputLines);
        Assert.True(result.OutputLines.Last().StartsWith("Passed: 0 violations, 0 errors, 0 warnings (0 methods, 0 edges, "), result.ToString());
    }

    [Fact]
    public void One_method_and_one_edge_are_counted_in_the_singular()
    {
        // The module initializer calls one method with an empty body: two methods, one call between them.
        var one = TestAssemblyBuilder.Create("Single").WithoutGenerator().Source("Init.cs", """
            namespace Sample;

            internal static class Early
            {
                [System.Runtime.CompilerServices.ModuleInitializer]
                internal static void Init() { }
            }

            public static class Target { public static int Value; }
            """).Emit();
        var two = TestAssemblyBuilder.Create("Pair").WithoutGenerator().Source("Init.cs", """
            namespace Sample;

            internal static class Early
            {
                [System.Runtime.CompilerServices.ModuleInitializer]
                internal static void Init() => Setup.Run();
            }

            public static class Setup { public static void Run() { } }

            public static class Target { public static int Value; }
            """).Emit();

        string single = InitOrderCommand.Run("check", one.Path, "--target", "Sample.Target").OutputLines.Last();
        string pair = InitOrderCommand.Run("check", two.Path, "--target", "Sample.Target").OutputLines.Last();

        Assert.Matches(@"^Passed: 0 violations, 0 errors, 0 warnings \(1 method, 0 edges, \d+ ms\)$", single);
        Assert.Matches(@"^Passed: 0 violations, 0 errors, 0 warnings \(2 methods, 1 edge, \d+ ms\)$", pair);
    }
}
