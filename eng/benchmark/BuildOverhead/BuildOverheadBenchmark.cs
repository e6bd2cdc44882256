using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace InitOrder.Benchmarks.BuildOverhead;

/// <summary>
/// Packs InitOrder, writes the same generated consumer with and without it, and times clean builds of
/// both (alternating, after one warm-up each), then a no-op rebuild that must skip the verifier and the
/// compiler (and so every generator step).
/// </summary>
internal sealed class BuildOverheadBenchmark
{
    private const string GeneratorType = "InitOrder.Generator.InitPatchGenerator";
    private const string AnalyzerType = "InitOrder.Generator.Analyzers.InitPatchAnalyzer";

    private readonly string _repository;
    private readonly string _work;
    private readonly TextWriter _log;
    private readonly DotNetCommand _dotnet;

    public BuildOverheadBenchmark(string repository, string work, TextWriter log)
    {
        _repository = repository;
        _work = work;
        _log = log;
        _dotnet = new DotNetCommand(Path.Combine(work, "nuget-packages"));
    }

    public BuildOverheadResult Run(int files, int patches, int repetitions)
    {
        string version = Pack();
        File.WriteAllText(Path.Combine(_work, "NuGet.config"), "<configuration><packageSources><add key=\"initorder-benchmark\" value=\"feed\" /></packageSources></configuration>");
        // Empty files stop MSBuild from looking further up for the user's own Directory.*.props.
        File.WriteAllText(Path.Combine(_work, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(_work, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(_work, "Directory.Packages.props"), "<Project />");
        string without = ConsumerProjectWriter.Write(Path.Combine(_work, "without"), null, files, patches);
        string with = ConsumerProjectWriter.Write(Path.Combine(_work, "with"), version, files, patches);
        Check(_dotnet.Run(_work, "restore", without), "restore");
        Check(_dotnet.Run(_work, "restore", with), "restore");

        _log.WriteLine("  warm-up builds");
        CleanBuild(without);
        CleanBuild(with);
        var withoutTimes = new List<double>();
        var withTimes = new List<double>();
        var verifierTimes = new List<double>();
        var compilerWithout = new List<double>();
        var compilerWith = new List<double>();
        for (int i = 0; i < repetitions; i++)
        {
            _log.WriteLine("  clean builds " + (i + 1) + "/" + repetitions);
            var plain = CleanBuild(without);
            withoutTimes.Add(plain.Milliseconds);
            compilerWithout.Add(MsBuildLog.TaskMilliseconds(plain.Log, "Csc") ?? double.NaN);
            var built = CleanBuild(with);
            withTimes.Add(built.Milliseconds);
            compilerWith.Add(MsBuildLog.TaskMilliseconds(built.Log, "Csc") ?? double.NaN);
            verifierTimes.Add(MsBuildLog.TaskMilliseconds(built.Log, "VerifyInitOrder") ?? double.NaN);
        }

        // The compiler's per-generator timing costs time itself, so it gets a build of its own.
        var timed = CleanBuild(with, "-p:ReportAnalyzer=true", "-v:d");
        _log.WriteLine("  no-op rebuilds");
        var noOpWithout = Build(without, "-v:d");
        var noOpWith = Build(with, "-v:d");
        var overheads = new List<double>();
        for (int i = 0; i < repetitions; i++)
        {
            overheads.Add((withTimes[i] / withoutTimes[i] - 1) * 100);
        }

        return new BuildOverheadResult
        {
            OverheadPercent = Statistics.Median(overheads),
            OverheadRangePercent = (overheads.Min(), overheads.Max()),
            Files = files,
            Patches = patches,
            Repetitions = repetitions,
            CleanWithoutMilliseconds = Statistics.Median(withoutTimes),
            CleanWithMilliseconds = Statistics.Median(withTimes),
            VerifierMilliseconds = Statistics.Median(verifierTimes),
            CompilerWithoutMilliseconds = Statistics.Median(compilerWithout),
            CompilerWithMilliseconds = Statistics.Median(compilerWith),
            GeneratorMilliseconds = MsBuildLog.ReportedMilliseconds(timed.Log, GeneratorType),
            AnalyzerMilliseconds = MsBuildLog.ReportedMilliseconds(timed.Log, AnalyzerType),
            NoOpWithoutMilliseconds = noOpWithout.Milliseconds,
            NoOpWithMilliseconds = noOpWith.Milliseconds,
            NoOpSkippedVerifier = MsBuildLog.SkippedAsUpToDate(noOpWith.Log, "InitOrderVerify") && MsBuildLog.TaskMilliseconds(noOpWith.Log, "VerifyInitOrder") is null,
            NoOpSkippedCompiler = MsBuildLog.SkippedAsUpToDate(noOpWith.Log, "CoreCompile"),
        };
    }

    private string Pack()
    {
        string feed = Path.Combine(_work, "feed");
        _log.WriteLine("  packing InitOrder");
        var arguments = new List<string> { "pack", Path.Combine(_repository, "src", "InitOrder", "InitOrder.csproj"), "-c", "Release", "-o", feed };
        arguments.AddRange(DotNetCommand.IsolationArguments);
        Check(_dotnet.Run(_repository, arguments.ToArray()), "pack");
        string package = Directory.GetFiles(feed, "InitOrder.*.nupkg").Single();
        return Path.GetFileNameWithoutExtension(package).Substring("InitOrder.".Length);
    }

    private (double Milliseconds, string Log) CleanBuild(string project, params string[] extra)
    {
        string folder = Path.GetDirectoryName(project)!;
        DeleteIfPresent(Path.Combine(folder, "bin"));
        DeleteIfPresent(Path.Combine(folder, "obj", "Release"));
        return Build(project, extra);
    }

    private (double Milliseconds, string Log) Build(string project, params string[] extra)
    {
        var arguments = new List<string> { "build", project, "-c", "Release", "--no-restore", "-clp:PerformanceSummary" };
        arguments.AddRange(DotNetCommand.IsolationArguments);
        arguments.AddRange(extra);
        var run = _dotnet.Run(_work, arguments.ToArray());
        Check(run, "build");
        return (run.Elapsed.TotalMilliseconds, run.Output);
    }

    private static void Check((TimeSpan Elapsed, int ExitCode, string Output) run, string what)
    {
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet " + what + " failed:\n" + run.Output);
        }
    }

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
