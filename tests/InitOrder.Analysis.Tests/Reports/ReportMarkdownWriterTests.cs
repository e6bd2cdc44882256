using InitOrder.Analysis.Reports;

namespace InitOrder.Analysis.Tests.Reports;

public sealed class ReportMarkdownWriterTests
{
    [Fact]
    public void Report_explains_order_violations_and_gaps_for_people()
    {
        string markdown = ReportMarkdownWriter.Write(ReportTestSample.Compile().Verify());

        Assert.StartsWith("# InitOrder verification: App\n\n**Result: failed.**", markdown);
        Assert.Contains("1. `Sample.Early.Init()`\n2. `InitOrder.Generated.InitOrderBootstrap.Initialize()` (InitOrder: applies the patches)\n   1. `Sample.Patches.PatchTarget`\n", markdown);
        Assert.Contains("- May run before it:\n  - `Sample.Early.Init()`\n", markdown);
        Assert.Contains("### INIT101: `Sample.Patches.PatchTarget` / `Sample.Target`", markdown);
        Assert.Contains("1. `Early.Init()` calls `Helper.Run()` (Early.cs:12)\n2. `Helper.Run()` refers to `Target.Touch()` (Early.cs:16)\n", markdown);
        Assert.Contains("| System.Console | reference assembly: no method bodies | 1 | Sample.Early.Init() (Early.cs:12) |", markdown);
        Assert.Contains("```mermaid\nflowchart TD\n", markdown);
        Assert.Contains("init1 -- applies --> patch0", markdown);
        Assert.Contains("init0 -. INIT101 .-> patch0", markdown);
    }

    [Fact]
    public void Report_is_deterministic_and_has_no_time()
    {
        string first = ReportMarkdownWriter.Write(ReportTestSample.Compile().Verify());
        string second = ReportMarkdownWriter.Write(ReportTestSample.Compile().Verify());

        Assert.Equal(first, second);
        Assert.DoesNotContain("millisecond", first);
    }

    [Fact]
    public void Clean_result_says_so()
    {
        var result = InitOrder.Analysis.Tests.Infrastructure.EarlyInitializerScenario.Verify("Unrelated.Touch();");

        string markdown = ReportMarkdownWriter.Write(result);

        Assert.Contains("**Result: passed.**", markdown);
        Assert.Contains("None: nothing that runs before a patch reaches its targets.", markdown);
    }
}
