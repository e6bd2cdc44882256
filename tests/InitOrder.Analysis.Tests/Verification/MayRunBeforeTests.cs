using System.Linq;
using System.Text.Json;
using InitOrder.Analysis.Reports;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Verification;

/// <summary>PatchInfo.MayRunBefore: every static constructor the roots of a patch reach, which the run-time oracle measures.</summary>
public sealed class MayRunBeforeTests
{
    private const string Declarations = """
        internal static class Registry
        {
            public static int Count = Target.Value;
        }

        internal static class Settings
        {
            public static int Level = Level2();
            private static int Level2() => Nested.Depth;
        }

        internal static class Nested
        {
            public static int Depth = 2;
        }

        internal static class NeverUsed
        {
            public static int Value = 3;
        }
        """;

    [Fact]
    public void Static_constructors_reached_from_the_roots_are_listed_sorted()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Registry.Count + Settings.Level);", Declarations);

        var patch = Assert.Single(result.Patches);
        Assert.Equal(new[] { "Sample.Nested..cctor", "Sample.Registry..cctor", "Sample.Settings..cctor" }, patch.MayRunBefore);
    }

    [Fact]
    public void Nothing_is_listed_when_nothing_runs_before_the_patch()
    {
        var result = TestAssemblyBuilder.Create("App").Bootstrap().Source("Types.cs", EarlyInitializerScenario.Types).Emit().Verify();

        Assert.Empty(Assert.Single(result.Patches).MayRunBefore);
    }

    [Fact]
    public void The_JSON_report_carries_the_list()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Registry.Count);", Declarations);

        using var document = JsonDocument.Parse(ReportJsonWriter.Write(result));
        var listed = document.RootElement.GetProperty("patches")[0].GetProperty("mayRunBefore").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(new[] { "Sample.Registry..cctor" }, listed);
    }
}
