using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Verification;

/// <summary>
/// A patch class with an explicit static constructor is not beforefieldinit: the runtime runs that constructor on
/// entry to the patch (on .NET 10 from the patch's prolog), before the patch's first statement.
/// </summary>
public sealed class PatchClassStaticConstructorTests
{
    private const string Source = """
        namespace Sample
        {
            public static class Alpha { public static int Value; }
            public static class Quiet { public static int Value; }

            internal static class SeededPatches
            {
                private static readonly int s_seed;

                static SeededPatches()
                {
                    s_seed = READ.Value;
                }

                [InitOrder.InitPatch(typeof(Alpha))]
                internal static void PatchAlpha() => Alpha.Value = s_seed + 1;
            }
        }
        """;

    [Fact]
    public void Explicit_static_constructor_of_the_patch_class_is_INIT102()
    {
        var result = Compile("Alpha");

        var violation = ResultAssert.ReachesTarget(result, "INIT102", "Sample.SeededPatches.PatchAlpha", "Sample.Alpha");
        Assert.Equal(new[] { "SeededPatches..cctor", "Alpha.Value" }, ResultAssert.Chain(violation));
        Assert.Contains("Sample.SeededPatches..cctor", result.Patches[0].RunsBefore);
    }

    [Fact]
    public void Explicit_static_constructor_touching_something_else_is_clean()
    {
        ResultAssert.Clean(Compile("Quiet"), "Sample.SeededPatches.PatchAlpha");
    }

    private static VerificationResult Compile(string read) =>
        TestAssemblyBuilder.Create("App").Bootstrap().Source("Patches.cs", Source.Replace("READ", read)).Emit().Verify();
}
