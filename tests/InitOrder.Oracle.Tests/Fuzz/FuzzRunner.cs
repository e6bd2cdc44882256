using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InitOrder.Oracle.Tests.Comparison;
using InitOrder.Oracle.Tests.Samples;
using InitOrder.Oracle.Tests.Truth;

namespace InitOrder.Oracle.Tests.Fuzz;

/// <summary>
/// One fuzz program end to end: compiled in-process, verified in-process (as the MSBuild task would, with the
/// reference pack and the copied DI assemblies), run under the oracle, and compared patch by patch; then the same run's
/// trace read by <c>initorder trace</c>'s analysis and held against what the program printed.
/// </summary>
public static class FuzzRunner
{
    public static FuzzBatchResult Run(FuzzProgram program, string directory)
    {
        string dll = FuzzCompiler.Compile(program, directory);
        var references = FuzzCompiler.FrameworkReferences
            .Concat(Directory.GetFiles(directory, "*.dll").Where(p => p != dll))
            .ToList();
        // The samples' knock-outs, when asked for, apply here too: the fuzz's false-positive figure is their ceiling's other measure.
        var verification = Verifier.Verify(OracleMeasurement.Request(dll, references, directory));
        var problems = verification.Problems.Where(p => p.Severity != ProblemSeverity.Message).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The verifier reported problems on the fuzz program (seed " + program.Seed + "):\n"
                + string.Join("\n", problems.Select(p => p.Code + ": " + p.Message)));
        }

        string trace = Path.Combine(directory, "oracle.nettrace");
        var (run, patches) = SampleRunner.RunUnderOracle(dll, directory, trace, verification);
        var misses = new List<FuzzFinding>();
        var falsePositives = new List<FuzzFinding>();
        foreach (var patch in patches)
        {
            var fuzzCase = CaseOf(program, patch);
            if (patch.Misses.Count > 0)
            {
                misses.Add(new FuzzFinding(program.Seed, fuzzCase, patch));
            }
            else if (patch.IsFlagged && !patch.SawAnalysedTouch)
            {
                falsePositives.Add(new FuzzFinding(program.Seed, fuzzCase, patch));
            }
        }

        // Each case's target prints when it is initialized; the earlier patches' targets have no code to run.
        var truth = TruthComparison.Of(verification.Patches, PrintedTruth.Parse(run.StandardOutput), TraceVerdicts.Read(dll, trace, directory), unprintedIsUntouched: true);
        return new FuzzBatchResult(misses, falsePositives, patches.Count(p => p.SawAnalysedTouch), patches.Count(p => !p.SawAnalysedTouch), truth);
    }

    /// <summary>Patches are named <c>Fuzz.C{n}.Patches.Early</c> and <c>Fuzz.C{n}.Patches.Late</c>.</summary>
    private static FuzzCase CaseOf(FuzzProgram program, PatchComparison patch) =>
        program.Cases.Single(c => patch.Patch.Method.StartsWith(c.Namespace + ".", StringComparison.Ordinal));
}
