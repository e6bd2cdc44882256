using System;
using System.IO;
using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;
using InitOrder.Tasks;
using InitOrder.Tests.Shared;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace InitOrder.Analysis.Tests.Tasks;

public sealed class VerifyInitOrderTests
{
    [Fact]
    public void Violation_is_logged_as_an_error_at_the_root_location_and_reports_are_written()
    {
        var app = EarlyInitializerScenario.Compile("Helper.Run();", "internal static class Helper { internal static void Run() => Target.Touch(); }");
        var (task, engine) = CreateTask(app);

        bool succeeded = task.Execute();

        Assert.False(succeeded);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("INIT101", error.Code);
        Assert.Equal(Path.Combine(app.ProjectDirectory, "Early.cs"), error.File);
        Assert.Equal((12, 13), (error.LineNumber, error.ColumnNumber));
        Assert.StartsWith("Patch 'Sample.Patches.PatchTarget' targets 'Sample.Target', but 'Early.Init()' runs before it", error.Message);
        Assert.Equal(DocumentationUrl.Link("INIT101"), error.HelpLink);
        Assert.EndsWith(". Report: " + task.ReportFiles[1].ItemSpec, error.Message);
        Assert.Empty(engine.Warnings);
        Assert.Equal(
            new[] { VerifyInitOrder.JsonReportName, VerifyInitOrder.MarkdownReportName, VerifyInitOrder.SarifReportName },
            task.ReportFiles.Select(f => Path.GetFileName(f.ItemSpec)));
        Assert.All(task.ReportFiles, f => Assert.True(File.Exists(f.ItemSpec), f.ItemSpec));
        Assert.Contains("\"INIT101\"", File.ReadAllText(task.ReportFiles[0].ItemSpec));
    }

    [Fact]
    public void Assembly_and_PDB_are_closed_after_the_task_ran()
    {
        var app = EarlyInitializerScenario.Compile("Helper.Run();", "internal static class Helper { internal static void Run() => Target.Touch(); }");
        var (task, _) = CreateTask(app);

        task.Execute();

        foreach (string path in new[] { app.Path, app.PdbPath! })
        {
            using (File.Open(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
            }

            Assert.DoesNotContain(path, OpenFileTargets());
        }
    }

    [Fact]
    public void Task_writes_only_its_three_reports_and_only_into_the_report_directory()
    {
        var app = EarlyInitializerScenario.Compile("Helper.Run();", "internal static class Helper { internal static void Run() => Target.Touch(); }");
        string reports = Path.Combine(app.ProjectDirectory, "obj", "Debug", "net10.0");
        var before = Snapshot(app.ProjectDirectory);
        var (task, _) = CreateTask(app, reports);

        task.Execute();

        var after = Snapshot(app.ProjectDirectory);
        var written = after.Where(f => !before.TryGetValue(f.Key, out var stamp) || stamp != f.Value).Select(f => f.Key).OrderBy(f => f, StringComparer.Ordinal);
        Assert.Equal(
            new[] { VerifyInitOrder.JsonReportName, VerifyInitOrder.MarkdownReportName, VerifyInitOrder.SarifReportName }.Select(n => Path.Combine(reports, n)).OrderBy(f => f, StringComparer.Ordinal),
            written);
        Assert.Equal(before.Keys.Order(), after.Keys.Where(before.ContainsKey).Order());
    }

    [Fact]
    public void With_a_cache_folder_the_task_also_writes_one_entry_per_referenced_library_there_and_nothing_else()
    {
        var library = TestAssemblyBuilder.Create("Lib").WithoutGenerator()
            .Source("Lib.cs", "namespace Lib { public static class Api { public static void Run(System.Action action) => action(); } }").Emit();
        var app = TestAssemblyBuilder.Create("App").Reference(library)
            .Source("Early.cs", EarlyInitializerScenario.EarlySource("Lib.Api.Run(() => Target.Touch());", ""))
            .Bootstrap()
            .Source("Types.cs", EarlyInitializerScenario.Types)
            .Emit();
        string reports = Path.Combine(app.ProjectDirectory, "obj", "Debug", "net10.0");
        var before = Snapshot(app.ProjectDirectory);
        var (task, _) = CreateTask(app, reports);
        task.CacheDirectory = Path.Combine(reports, "initorder");

        task.Execute();

        var written = Snapshot(app.ProjectDirectory).Where(f => !before.TryGetValue(f.Key, out var stamp) || stamp != f.Value).Select(f => f.Key).OrderBy(f => f, StringComparer.Ordinal);
        Assert.Equal(
            new[] { VerifyInitOrder.JsonReportName, VerifyInitOrder.MarkdownReportName, VerifyInitOrder.SarifReportName, Path.Combine("initorder", "Lib.facts") }
                .Select(n => Path.Combine(reports, n)).OrderBy(f => f, StringComparer.Ordinal),
            written);
    }

    [Fact]
    public void Clean_assembly_without_PDB_succeeds_and_logs_INIT202_as_a_message()
    {
        var app = TestAssemblyBuilder.Create("App").Pdb(PdbKind.None)
            .Source("Early.cs", EarlyInitializerScenario.EarlySource("Unrelated.Touch();", "")).Bootstrap().Source("Types.cs", EarlyInitializerScenario.Types).Emit();
        var (task, engine) = CreateTask(app);

        Assert.True(task.Execute());

        Assert.Empty(engine.Errors);
        Assert.Empty(engine.Warnings);
        var message = Assert.Single(engine.Messages, m => m.Code == "INIT202");
        Assert.Equal(app.Path, message.File);
    }

    [Fact]
    public void Unreadable_assembly_is_an_error_not_a_crash()
    {
        string path = Path.Combine(TestFolders.NewFolder("task-garbage"), "App.dll");
        File.WriteAllText(path, "garbage");
        var engine = new RecordingBuildEngine();
        var task = new VerifyInitOrder { BuildEngine = engine, AssemblyPath = path, ReportDirectory = TestFolders.NewFolder("task-reports") };

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal(("INIT201", path), (error.Code, error.File));
    }

    [Fact]
    public void Unexpected_failure_is_INIT299()
    {
        var app = EarlyInitializerScenario.Compile("Unrelated.Touch();");
        string blocker = Path.Combine(TestFolders.NewFolder("task-blocked"), "file");
        File.WriteAllText(blocker, "a file where the report folder should go");
        var (task, engine) = CreateTask(app, Path.Combine(blocker, "reports"));

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("INIT299", error.Code);
        // The message names the exception type (an IOException subclass that differs per OS) and its message.
        Assert.StartsWith("InitOrder's verifier failed unexpectedly: System.IO.", error.Message);
        Assert.Contains("reports", error.Message);
    }

    private static (VerifyInitOrder Task, RecordingBuildEngine Engine) CreateTask(CompiledAssembly app, string? reportDirectory = null)
    {
        var engine = new RecordingBuildEngine();
        var task = new VerifyInitOrder
        {
            BuildEngine = engine,
            AssemblyPath = app.Path,
            References = app.ReferencePaths.Select(p => (ITaskItem)new TaskItem(p)).ToArray(),
            ProjectDirectory = app.ProjectDirectory,
            ReportDirectory = reportDirectory ?? Path.Combine(app.ProjectDirectory, "obj"),
        };
        return (task, engine);
    }

    /// <summary>Every file under <paramref name="folder"/> with its size and last write time.</summary>
    private static System.Collections.Generic.Dictionary<string, (long, DateTime)> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f)));

    /// <summary>Files this process holds open (Linux); empty where /proc is not available.</summary>
    private static string[] OpenFileTargets()
    {
        const string descriptors = "/proc/self/fd";
        if (!Directory.Exists(descriptors))
        {
            return Array.Empty<string>();
        }

        return Directory.GetFiles(descriptors)
            .Select(fd =>
            {
                try
                {
                    return new FileInfo(fd).LinkTarget ?? "";
                }
                catch (IOException)
                {
                    return "";
                }
            })
            .ToArray();
    }
}
