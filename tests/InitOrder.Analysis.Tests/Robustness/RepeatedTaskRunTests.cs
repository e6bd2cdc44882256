using System.Collections.Generic;
using System.IO;
using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;
using InitOrder.Analysis.Tests.Tasks;
using InitOrder.Tasks;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace InitOrder.Analysis.Tests.Robustness;

/// <summary>
/// MSBuild keeps its nodes, and so the task's assembly, alive across builds: a run must not depend on what
/// earlier runs in the same process verified. The same input, verified again after a different one, gives
/// the same diagnostics and byte-for-byte the same reports.
/// </summary>
public sealed class RepeatedTaskRunTests
{
    [Fact]
    public void Same_input_after_another_run_gives_identical_diagnostics_and_reports()
    {
        var first = EarlyInitializerScenario.Compile("Helper.Run(); Console.WriteLine();", "internal static class Helper { internal static void Run() => Target.Touch(); }");
        var other = new FixtureAssemblyBuilder("Other");
        other.EarlyInit.Body = il => il.ReadField(other.TargetValue).Ret();
        var second = other.Emit();

        var before = Run(first);
        var between = Run(second);
        var again = Run(first);
        var onceMore = Run(first);

        Assert.NotEqual(before.Reports, between.Reports);
        Assert.Equal(before.Diagnostics, again.Diagnostics);
        Assert.Equal(before.Reports, again.Reports);
        Assert.Equal(before.Reports, onceMore.Reports);
        Assert.Contains(before.Diagnostics, d => d.StartsWith("error INIT101", System.StringComparison.Ordinal));
    }

    /// <summary>Runs the task into a fresh report folder; returns what it logged and wrote (run-specific values removed).</summary>
    private static (List<string> Diagnostics, List<string> Reports) Run(CompiledAssembly assembly)
    {
        var engine = new RecordingBuildEngine();
        string reportDirectory = TestFolders.NewFolder("reports");
        var task = new VerifyInitOrder
        {
            BuildEngine = engine,
            AssemblyPath = assembly.Path,
            References = assembly.ReferencePaths.Select(p => (ITaskItem)new TaskItem(p)).ToArray(),
            ProjectDirectory = assembly.ProjectDirectory,
            ReportDirectory = reportDirectory,
        };

        BoundedRun.Run(task.Execute, BoundedRun.HangBound, "VerifyInitOrder on " + assembly.Name);

        var diagnostics = engine.Errors.Select(e => "error " + e.Code + " " + e.File + "(" + e.LineNumber + "," + e.ColumnNumber + "): " + e.Message)
            .Concat(engine.Warnings.Select(w => "warning " + w.Code + " " + w.File + "(" + w.LineNumber + "," + w.ColumnNumber + "): " + w.Message))
            .Concat(engine.Messages.Where(m => m.Code is not null).Select(m => "message " + m.Code + " " + m.File + ": " + m.Message))
            .Select(d => d.Replace(reportDirectory, "<reports>")) // the first error names the report, in this run's folder
            .ToList();
        var reports = task.ReportFiles.Select(f => Path.GetFileName(f.ItemSpec) + "\n" + ReportSnapshot.WithoutTime(File.ReadAllText(f.ItemSpec))).ToList();
        Assert.NotEmpty(reports);
        return (diagnostics, reports);
    }
}
