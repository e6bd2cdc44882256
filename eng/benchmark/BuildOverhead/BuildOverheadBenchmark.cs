using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace InitOrder.Benchmarks.BuildOverhead;

/// <summary>
/// Packs InitOrder, writes the same generated consumer once per <see cref="BuildVariant"/>, and times clean builds
/// of all of them round by round (the order rotates each round, after one warm-up each), first with a fresh compiler
/// per build, then with a compiler server; then a no-op rebuild that must skip the verifier and the compiler.
/// </summary>
internal sealed class BuildOverheadBenchmark
{
    public const string GeneratorType = "InitOrder.Generator.InitPatchGenerator";
    public const string InitPatchAnalyzerType = "InitOrder.Generator.Analyzers.InitPatchAnalyzer";
    public const string AcceptViolationAnalyzerType = "InitOrder.Generator.Analyzers.AcceptViolationAnalyzer";

    /// <summary>Runs only when the verifier is on (InitOrderVerify), so its cost falls in the "verifier" part.</summary>
    public const string DirectViolationAnalyzerType = "InitOrder.Generator.Analyzers.DirectViolationAnalyzer";

    private readonly string _repository;
    private readonly string _work;
    private readonly TextWriter _log;
    private readonly DotNetCommand _dotnet;
    private const int ReportedBuilds = 3;

    private BuildVariant[] _variants = BuildVariants.All;

    /// <summary>The running compiler server's processor time, added to each build's own (none with fresh compilers).</summary>
    private Func<double> _serverProcessorMilliseconds = () => 0;

    public BuildOverheadBenchmark(string repository, string work, TextWriter log)
    {
        _repository = repository;
        _work = work;
        _log = log;
        _dotnet = new DotNetCommand(Path.Combine(work, "nuget-packages"));
    }

    /// <param name="baselinePackage">An InitOrder .nupkg of another version to build in the same rounds, or null.</param>
    public BuildOverheadResult Run(int files, int patches, int repetitions, string? baselinePackage)
    {
        string feed = Path.Combine(_work, "feed");
        string version = PackageFeed.Pack(_dotnet, _repository, feed, _log);
        string? baselineVersion = baselinePackage is null ? null : PackageFeed.Add(baselinePackage, feed, version);

        _variants = baselineVersion is null ? BuildVariants.All : BuildVariants.All.Append(BuildVariant.Baseline).ToArray();
        File.WriteAllText(Path.Combine(_work, "NuGet.config"), "<configuration><packageSources><add key=\"initorder-benchmark\" value=\"feed\" /></packageSources></configuration>");
        // Empty files stop MSBuild from looking further up for the user's own Directory.*.props.
        File.WriteAllText(Path.Combine(_work, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(_work, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(_work, "Directory.Packages.props"), "<Project />");
        var projects = _variants.ToDictionary(v => v, v => ConsumerProjectWriter.Write(Path.Combine(_work, v.ToString()), v, v == BuildVariant.Baseline ? baselineVersion! : version, files, patches));
        foreach (string project in projects.Values)
        {
            DotNetCommand.Check(_dotnet.Run(_work, "restore", project), "restore");
        }

        var fresh = Split(projects, DotNetCommand.IsolationArguments, compilerServer: false, repetitions);
        var server = new CompilerServer();
        BuildSplitResult shared;
        try
        {
            _serverProcessorMilliseconds = server.ProcessorMilliseconds;
            shared = Split(projects, server.BuildArguments, compilerServer: true, repetitions);
        }
        finally
        {
            _serverProcessorMilliseconds = () => 0;
            server.Stop(_log);
        }

        _log.WriteLine("  no-op rebuilds");
        var noOpWithout = Build(projects[BuildVariant.Without], DotNetCommand.IsolationArguments, "-v:d");
        var noOpWith = Build(projects[BuildVariant.Full], DotNetCommand.IsolationArguments, "-v:d");
        return new BuildOverheadResult
        {
            Files = files,
            Patches = patches,
            Repetitions = repetitions,
            FreshCompilers = fresh,
            CompilerServer = shared,
            NoOpWithoutMilliseconds = noOpWithout.Milliseconds,
            NoOpWithMilliseconds = noOpWith.Milliseconds,
            NoOpSkippedVerifier = MsBuildLog.SkippedAsUpToDate(noOpWith.Log, "InitOrderVerify") && MsBuildLog.TaskMilliseconds(noOpWith.Log, "VerifyInitOrder") is null,
            NoOpSkippedCompiler = MsBuildLog.SkippedAsUpToDate(noOpWith.Log, "CoreCompile"),
        };
    }

    private BuildSplitResult Split(IReadOnlyDictionary<BuildVariant, string> projects, string[] mode, bool compilerServer, int repetitions)
    {
        string name = compilerServer ? "compiler server" : "fresh compilers";
        string loadAtStart = MachineInfo.LoadAverage();
        _log.WriteLine("  " + name + ": warm-up builds");
        foreach (var variant in _variants)
        {
            CleanBuild(projects[variant], mode);
        }

        var rounds = new List<(Dictionary<BuildVariant, double> Clean, Dictionary<BuildVariant, double> Compiler, Dictionary<BuildVariant, double> Processor)>();
        var verifier = new List<double>();
        for (int round = 0; round < repetitions; round++)
        {
            _log.WriteLine("  " + name + ": clean builds " + (round + 1) + "/" + repetitions + " (load " + MachineInfo.LoadAverage() + ")");
            var clean = new Dictionary<BuildVariant, double>();
            var compiler = new Dictionary<BuildVariant, double>();
            var processor = new Dictionary<BuildVariant, double>();

            // Rotated so that no variant always builds first (after a quiet spell) or last.
            for (int k = 0; k < _variants.Length; k++)
            {
                var variant = _variants[(round + k) % _variants.Length];
                var built = CleanBuild(projects[variant], mode);
                clean[variant] = built.Milliseconds;
                compiler[variant] = MsBuildLog.TaskMilliseconds(built.Log, "Csc") ?? double.NaN;
                processor[variant] = built.ProcessorMilliseconds;
                if (variant == BuildVariant.Full)
                {
                    verifier.Add(MsBuildLog.TaskMilliseconds(built.Log, "VerifyInitOrder") ?? double.NaN);
                }
            }

            rounds.Add((clean, compiler, processor));
        }

        // The compiler's per-generator timing costs time itself, so it gets a build of its own.
        // Three each, alternating, and the median: one such build is as noisy as any other.
        bool withBaseline = _variants.Contains(BuildVariant.Baseline);
        var timed = new List<string>();
        var timedBaseline = new List<string>();
        for (int i = 0; i < ReportedBuilds; i++)
        {
            timed.Add(CleanBuild(projects[BuildVariant.Full], mode, "-p:ReportAnalyzer=true", "-v:d").Log);
            if (withBaseline)
            {
                timedBaseline.Add(CleanBuild(projects[BuildVariant.Baseline], mode, "-p:ReportAnalyzer=true", "-v:d").Log);
            }
        }

        var overheads = rounds.Select(r => (r.Clean[BuildVariant.Full] / r.Clean[BuildVariant.Without] - 1) * 100).ToList();
        return new BuildSplitResult
        {
            CompilerServer = compilerServer,
            CleanMilliseconds = _variants.ToDictionary(v => v, v => Statistics.Median(rounds.Select(r => r.Clean[v]))),
            CompilerMilliseconds = _variants.ToDictionary(v => v, v => Statistics.Median(rounds.Select(r => r.Compiler[v]))),
            PartMilliseconds = Parts(rounds.Select(r => r.Clean).ToList()),
            CompilerPartMilliseconds = Parts(rounds.Select(r => r.Compiler).ToList()),
            ProcessorMilliseconds = _variants.ToDictionary(v => v, v => Statistics.Median(rounds.Select(r => r.Processor[v]))),
            ProcessorPartMilliseconds = Parts(rounds.Select(r => r.Processor).ToList()),
            ProcessorOverheadPercent = Statistics.Median(rounds.Select(r => (r.Processor[BuildVariant.Full] / r.Processor[BuildVariant.Without] - 1) * 100)),
            ChangeProcessorMilliseconds = !withBaseline ? null : Statistics.Median(rounds.Select(r => r.Processor[BuildVariant.Full] - r.Processor[BuildVariant.Baseline])),
            OverheadPercent = Statistics.Median(overheads),
            OverheadRangePercent = (overheads.Min(), overheads.Max()),
            VerifierTaskMilliseconds = Statistics.Median(verifier),
            ReportedMilliseconds = Reported(timed),
            BaselineReportedMilliseconds = !withBaseline ? null : Reported(timedBaseline),
            BaselineOverheadPercent = !withBaseline ? null : Statistics.Median(rounds.Select(r => (r.Clean[BuildVariant.Baseline] / r.Clean[BuildVariant.Without] - 1) * 100)),
            ChangeMilliseconds = !withBaseline ? null : Statistics.Median(rounds.Select(r => r.Clean[BuildVariant.Full] - r.Clean[BuildVariant.Baseline])),
            ChangeCompilerMilliseconds = !withBaseline ? null : Statistics.Median(rounds.Select(r => r.Compiler[BuildVariant.Full] - r.Compiler[BuildVariant.Baseline])),
            LoadAtStart = loadAtStart,
            LoadAtEnd = MachineInfo.LoadAverage(),
        };
    }

    /// <summary>Each type's median over the logs that report it; null when none does.</summary>
    private static Dictionary<string, double?> Reported(IReadOnlyList<string> logs) =>
        new[] { GeneratorType, InitPatchAnalyzerType, AcceptViolationAnalyzerType, DirectViolationAnalyzerType }.ToDictionary(t => t, t =>
        {
            var values = logs.Select(log => MsBuildLog.ReportedMilliseconds(log, t)).OfType<double>().ToList();
            return values.Count == 0 ? (double?)null : Statistics.Median(values);
        });

    /// <summary>Each variant minus the one before it, per round, then the median; under Without, Full minus Without.</summary>
    private static Dictionary<BuildVariant, double> Parts(IReadOnlyList<Dictionary<BuildVariant, double>> rounds)
    {
        var parts = new Dictionary<BuildVariant, double>
        {
            [BuildVariant.Without] = Statistics.Median(rounds.Select(r => r[BuildVariant.Full] - r[BuildVariant.Without])),
        };
        for (int i = 1; i < BuildVariants.All.Length; i++)
        {
            var (variant, before) = (BuildVariants.All[i], BuildVariants.All[i - 1]);
            parts[variant] = Statistics.Median(rounds.Select(r => r[variant] - r[before]));
        }

        return parts;
    }

    private (double Milliseconds, string Log, double ProcessorMilliseconds) CleanBuild(string project, string[] mode, params string[] extra)
    {
        string folder = Path.GetDirectoryName(project)!;
        DotNetCommand.DeleteIfPresent(Path.Combine(folder, "bin"));
        DotNetCommand.DeleteIfPresent(Path.Combine(folder, "obj", "Release"));
        return Build(project, mode, extra);
    }

    private (double Milliseconds, string Log, double ProcessorMilliseconds) Build(string project, string[] mode, params string[] extra)
    {
        double processorBefore = (ProcessorTime.EndedChildrenMilliseconds() ?? double.NaN) + _serverProcessorMilliseconds();
        var arguments = new List<string> { "build", project, "-c", "Release", "--no-restore", "-clp:PerformanceSummary" };
        arguments.AddRange(mode);
        arguments.AddRange(extra);
        var run = _dotnet.Run(_work, arguments.ToArray());
        DotNetCommand.Check(run, "build");
        double processorAfter = (ProcessorTime.EndedChildrenMilliseconds() ?? double.NaN) + _serverProcessorMilliseconds();
        return (run.Elapsed.TotalMilliseconds, run.Output, processorAfter - processorBefore);
    }
}
