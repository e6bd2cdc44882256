using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reports;

/// <summary>A violation, a not-followed assembly and a reflection call: enough to exercise every report section.</summary>
internal static class ReportTestSample
{
    public static CompiledAssembly Compile() => EarlyInitializerScenario.Compile(
        "Helper.Run(); Console.WriteLine(\"x\"); Activator.CreateInstance(typeof(Helper));",
        "internal static class Helper { internal static void Run() => Target.Touch(); }");
}
