using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Robustness;

/// <summary>
/// MSBuild runs projects on parallel nodes and, in one process, on parallel threads: verifications of
/// different assemblies running at the same time give exactly what they give one after the other.
/// </summary>
public sealed class ParallelVerifyTests
{
    private const int RunsPerAssembly = 3;

    [Fact]
    public void Concurrent_verifications_match_sequential_ones()
    {
        var assemblies = Inputs();
        var sequential = assemblies.Select(a => ReportSnapshot.Findings(a.Verify())).ToList();
        Assert.Equal(assemblies.Count, sequential.Distinct().Count());

        int runs = assemblies.Count * RunsPerAssembly;
        var concurrent = new string?[runs];
        var failures = new Exception?[runs];
        using var start = new Barrier(runs);
        var threads = Enumerable.Range(0, runs).Select(run => new Thread(() =>
        {
            // All threads start verifying together, so the runs really overlap.
            start.SignalAndWait();
            try
            {
                // The sequential runs saved their verifications (tests run with reuse on): these reuse them, all at once.
                concurrent[run] = ReportSnapshot.Findings(assemblies[run % assemblies.Count].Verify());
            }
            catch (Exception e)
            {
                failures[run] = e;
            }
        }) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        foreach (var thread in threads)
        {
            Assert.True(thread.Join(BoundedRun.LargeFixtureHangBound), "a concurrent verification did not finish: a hang");
        }

        Assert.All(failures, failure => Assert.Null(failure));
        for (int run = 0; run < runs; run++)
        {
            Assert.Equal(sequential[run % assemblies.Count], concurrent[run]);
        }
    }

    /// <summary>Different shapes: compiled with PDBs (violation, clean, library reference) and generated (cycle, odd names).</summary>
    private static List<CompiledAssembly> Inputs()
    {
        var library = TestAssemblyBuilder.Create("ParallelLib").WithoutGenerator()
            .Source("Lib.cs", "namespace Lib { public static class Api { public static void Call() => System.Console.WriteLine(); } }").Emit();
        var withLibrary = TestAssemblyBuilder.Create("WithLibrary").Reference(library)
            .Source("Early.cs", EarlyInitializerScenario.EarlySource("Lib.Api.Call(); Func<int> f = () => Target.Value; f();", ""))
            .Bootstrap().Source("Types.cs", EarlyInitializerScenario.Types).Emit();

        var ring = new FixtureAssemblyBuilder("ParallelRing");
        var ringType = ring.Type("Sample", "Ring");
        var members = Enumerable.Range(0, 500).Select(i => ringType.Method("R" + i, il => il.Ret())).ToArray();
        for (int i = 0; i < members.Length; i++)
        {
            var next = members[(i + 1) % members.Length];
            members[i].Body = il => il.Call(next).Ret();
        }

        members[^1].Body = il => il.Call(members[0]).Call(ring.TargetTouch).Ret();
        ring.EarlyInit.Body = il => il.Call(members[0]).Ret();

        var odd = new FixtureAssemblyBuilder("ParallelOdd", "Ns.\"Odd\"\\", "Tär|get");
        odd.EarlyInit.Body = il => il.Call(odd.TargetTouch).Ret();

        return new List<CompiledAssembly>
        {
            EarlyInitializerScenario.Compile("Helper.Run();", "internal static class Helper { internal static void Run() => Target.Touch(); }"),
            EarlyInitializerScenario.Compile("Unrelated.Touch();"),
            withLibrary,
            ring.Emit(),
            odd.Emit(),
        };
    }
}
