using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InitOrder.Benchmarks.BuildOverhead;

namespace InitOrder.Benchmarks.RealApps;

/// <summary>
/// The verifier on apps whose patches reach what real start-up code reaches (<c>--apps-only</c>): a first build, a
/// rebuild after an edit of the app's own code in a fresh MSBuild process (CI) and in a warm one (the inner loop),
/// with the verifier's own figures from each build's report; then the analysis in a fresh process of the harness for
/// peak memory and the reports' time. With a baseline package, both packages build each app back to back in every
/// round (order alternating), so before and after share the machine's load.
/// </summary>
internal sealed class RealAppsBenchmark
{
    private readonly string _repository;
    private readonly string _work;
    private readonly TextWriter _log;
    private readonly DotNetCommand _dotnet;
    private int _edit;

    public RealAppsBenchmark(string repository, string work, TextWriter log)
    {
        _repository = repository;
        _work = work;
        _log = log;
        // The apps' libraries (EF Core and the rest) stay in a cache across runs; InitOrder itself never does, as every
        // pack has the same version.
        string packages = Path.Combine(repository, "artifacts", "benchmark", "nuget-packages");
        DotNetCommand.DeleteIfPresent(Path.Combine(packages, "initorder"));
        _dotnet = new DotNetCommand(packages);
    }

    public IReadOnlyList<AppBuildResult> Run(RealAppOptions options)
    {
        string feed = Path.Combine(_work, "feed");
        var packages = new List<(string Label, string Version, string Properties)> { ("this build", PackageFeed.Pack(_dotnet, _repository, feed, _log), "") };
        if (options.BaselinePackage is not null)
        {
            packages.Add(("baseline", PackageFeed.Add(options.BaselinePackage, feed, packages[0].Version), ""));
        }

        if (options.CacheOffBaseline)
        {
            // The cache is off by default: this build turns it on, the baseline is the same package with it off.
            packages[0] = (packages[0].Label, packages[0].Version, "<InitOrderCache>true</InitOrderCache>");
            packages.Add(("cache off", packages[0].Version, "<InitOrderCache>false</InitOrderCache>"));
        }

        if (options.ReuseOffBaseline)
        {
            // Reuse of the previous verification is on by default: the baseline is the same package with it off.
            packages.Add(("reuse off", packages[0].Version, "<InitOrderReuse>false</InitOrderReuse>"));
        }

        File.WriteAllText(Path.Combine(_work, "NuGet.config"), "<configuration><packageSources><add key=\"initorder-benchmark\" value=\"feed\" /></packageSources></configuration>");
        var layouts = packages.Select((p, i) => RealAppWorkspace.Write(_repository, Path.Combine(_work, "apps" + i), p.Version, options.ConsumerFiles, options.ConsumerPatches, p.Properties)
            .Where(a => options.Apps is null || options.Apps.Contains(a.Name)).ToList()).ToList();
        var results = layouts.SelectMany((apps, i) => apps.Select(a => new AppBuildResult(a.Name, packages[i].Label))).ToList();
        foreach (var app in layouts.SelectMany(a => a))
        {
            _log.WriteLine("  restoring " + app.Project);
            DotNetCommand.Check(_dotnet.Run(_work, "restore", app.Project, "-nodeReuse:false"), "restore " + app.Name);
        }

        for (int round = 0; round < options.Rounds; round++)
        {
            for (int a = 0; a < layouts[0].Count; a++)
            {
                for (int k = 0; k < packages.Count; k++)
                {
                    int p = (round + a + k) % packages.Count;
                    var app = layouts[p][a];
                    var result = results.Single(r => r.App == app.Name && r.Package == packages[p].Label);
                    _log.WriteLine("  round " + (round + 1) + "/" + options.Rounds + ": " + app.Name + ", " + packages[p].Label + " (load " + MachineInfo.LoadAverage() + ")");
                    MeasureBuilds(app, result, options.WarmEdits);
                }
            }
        }

        for (int a = 0; a < layouts[0].Count; a++)
        {
            for (int p = 0; p < packages.Count; p++)
            {
                var app = layouts[p][a];
                var result = results.Single(r => r.App == app.Name && r.Package == packages[p].Label);
                _log.WriteLine("  in-process: " + app.Name + ", " + packages[p].Label);
                var runs = RunInProcess(app, options.InProcessRuns, withCache: packages[p].Label != "cache off");
                result.InProcessCold.Add(runs[0]);
                result.InProcessWarm.AddRange(runs.Skip(1));
                _log.WriteLine("    " + string.Join("; ", runs.Select(r => r.Format())));
            }
        }

        return results;
    }

    private void MeasureBuilds(RealApp app, AppBuildResult result, int warmEdits)
    {
        string folder = Path.GetDirectoryName(app.Project)!;
        DotNetCommand.DeleteIfPresent(Path.Combine(folder, "bin"));
        DotNetCommand.DeleteIfPresent(Path.Combine(folder, "obj", "Release"));
        result.FirstBuilds.Add(Build(app));
        Log("first build", result.FirstBuilds[^1].Stats);
        app.WriteEdit(++_edit);
        result.ColdRebuilds.Add(Build(app));
        Log("rebuild, CI", result.ColdRebuilds[^1].Stats);

        string loop = Path.Combine(_work, "inner-loop", Path.GetFileName(Path.GetDirectoryName(folder)!), app.Name);
        DotNetCommand.DeleteIfPresent(loop);
        string project = InnerLoopProject.Write(app, loop, warmEdits, ++_edit);
        _edit += warmEdits;
        var run = _dotnet.Run(_work, "msbuild", project, "-nodeReuse:false", "-m:1", "-p:UseSharedCompilation=false", "-v:m");
        for (int round = 1; round <= warmEdits; round++)
        {
            string report = InnerLoopProject.ReportOf(loop, round);
            if (!File.Exists(report))
            {
                throw new InvalidOperationException("The inner loop of " + app.Name + " wrote no report in round " + round + ":\n" + run.Output);
            }

            result.WarmRebuilds.Add(ReportStats.Read(report));
            Log("rebuild, warm node", result.WarmRebuilds[^1]);
        }
    }

    /// <summary>Each figure as it is measured, so a long run that is stopped still leaves its numbers in the log.</summary>
    private void Log(string build, ReportStats stats) =>
        _log.WriteLine("    " + build + ": " + stats.Milliseconds + " ms, " + stats.Methods + " methods, " + stats.Edges + " edges; " +
            string.Join(", ", stats.Phases.Select(p => p.Key + " " + p.Value + " ms")));

    /// <summary>One build in a fresh MSBuild process. Flagged apps fail by design; the report must still be new.</summary>
    private (ReportStats, double?) Build(RealApp app)
    {
        if (File.Exists(app.Report))
        {
            File.Delete(app.Report);
        }

        var run = _dotnet.Run(_work, "build", app.Project, "-c", "Release", "--no-restore", "-clp:PerformanceSummary", "-nodeReuse:false", "-p:UseSharedCompilation=false");
        if (!File.Exists(app.Report))
        {
            throw new InvalidOperationException("Building " + app.Name + " wrote no InitOrder report:\n" + run.Output);
        }

        return (ReportStats.Read(app.Report), MsBuildLog.TaskMilliseconds(run.Output, "VerifyInitOrder"));
    }

    private static List<AppRun> RunInProcess(RealApp app, int runs, bool withCache) =>
        ChildRunner.Run(new[] { AppMeasurement.Flag, app.Assembly, app.ReferenceList, runs.ToString(System.Globalization.CultureInfo.InvariantCulture), withCache ? "cache" : "no-cache" },
            AppRun.Parse, runs, "Measuring " + app.Name + " in process");
}
