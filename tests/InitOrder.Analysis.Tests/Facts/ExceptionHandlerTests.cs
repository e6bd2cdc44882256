using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts;

/// <summary>Handler, finally and filter blocks are part of the method's IL and are scanned like the rest.</summary>
public sealed class ExceptionHandlerTests
{
    [Fact]
    public void Finally_block_is_scanned()
    {
        var result = EarlyInitializerScenario.Verify("try { Console.WriteLine(); } finally { Target.Touch(); }");

        Assert.Equal(new[] { "Early.Init()", "Target.Touch()" }, ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Exception_filter_is_scanned()
    {
        var result = EarlyInitializerScenario.Verify("try { Console.WriteLine(); } catch (Exception) when (Helper.Check()) { }", """
            internal static class Helper { internal static bool Check() { Target.Touch(); return true; } }
            """);

        Assert.Equal(new[] { "Early.Init()", "Helper.Check()", "Target.Touch()" }, ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Finally_block_touching_an_unrelated_type_is_not_flagged()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("try { Console.WriteLine(); } catch (Exception) when (Helper.Check()) { } finally { Unrelated.Touch(); }", """
            internal static class Helper { internal static bool Check() { Unrelated.Touch(); return true; } }
            """));
    }
}
