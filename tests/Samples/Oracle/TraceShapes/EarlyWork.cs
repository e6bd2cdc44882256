namespace OracleTraceShapes;

/// <summary>Start-up work (Order 0), before the patches on DeadTarget and Counter (Order 10).</summary>
internal static class EarlyWork
{
    [InitOrder.InitPatch(typeof(EarlyResult))]
    internal static void Run() => EarlyResult.Total = DeadBranch.Run() + LiveBranch.Run();
}
