using System;
using System.Diagnostics;
using System.Linq;
using System.Reflection;

namespace GuardCost;

internal static class Patches
{
    // Targets an assembly that is never loaded, so the guard scans every loaded assembly and finds nothing (the common case).
    [InitOrder.InitPatch(Assemblies = new[] { "System.Text.Encoding.CodePages" })]
    internal static void WithAssemblyTarget()
    {
    }
}

internal static class Program
{
    private const int Calls = 20_000;

    private static void Main()
    {
        // The generated check itself, called the way the generated Patch0 stub calls it.
        var check = typeof(InitOrder.InitPatches).GetMethod("CheckNotYetLoaded", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("the guard was not generated");
        var guard = check.CreateDelegate<Action<string, string[]>>();
        var targets = new[] { "System.Text.Encoding.CodePages" };

        for (var i = 0; i < 1_000; i++)
        {
            guard("warm-up", targets);
        }

        var samples = Enumerable.Range(0, 7).Select(_ =>
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < Calls; i++)
            {
                guard("GuardCost.Patches.WithAssemblyTarget", targets);
            }

            return watch.Elapsed.TotalMilliseconds * 1000 / Calls;
        }).OrderBy(x => x).ToArray();

        Console.WriteLine($"loaded assemblies: {AppDomain.CurrentDomain.GetAssemblies().Length}");
        Console.WriteLine($"guard check per patch with assembly targets: median {samples[3]:F2} us (min {samples[0]:F2}, max {samples[^1]:F2}) over 7 x {Calls} calls");
        Console.WriteLine($"findings: {InitOrder.InitPatches.GuardFindings.Count}");
    }
}
