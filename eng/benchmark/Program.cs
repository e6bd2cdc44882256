using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using InitOrder.Benchmarks.BuildOverhead;
using InitOrder.Benchmarks.IdeLoop;

namespace InitOrder.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project eng/benchmark [-- --quick]</c>: times the full analysis against
/// Mono.Cecil and a raw decode on real and generated assemblies, the generator in an IDE-like GeneratorDriver
/// loop (<c>--driver-only</c>), then the build overhead (<c>--builds-only</c>), and prints
/// Markdown tables (also written to artifacts/benchmark/results.md).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 5 && args[0] == "--measure" && args[3] == "--runs")
        {
            return ChildMeasurement.Run(Enum.Parse<Workload>(args[1]), args[2], int.Parse(args[4], CultureInfo.InvariantCulture));
        }

        if (args.Length == 5 && args[0] == RealApps.AppMeasurement.Flag)
        {
            return RealApps.AppMeasurement.Run(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture), args[4] == "cache");
        }

        if (DriverBenchmark.IsChild(args))
        {
            return DriverBenchmark.RunChild(args);
        }

        if (args.Length == 2 && args[0] == "--write-synthetic")
        {
            // For a closer look with other tools: the generated inputs alone, at the full run's sizes.
            foreach (int scale in new BenchmarkOptions().SyntheticScales)
            {
                var shape = new SyntheticShape(scale, new BenchmarkOptions().SyntheticTypesPerScale);
                Console.WriteLine(SyntheticAssemblyWriter.Write(shape, Path.Combine(args[1], shape.Name)) + " (" + shape.Methods + " methods)");
            }

            return 0;
        }

        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        string work = Path.Combine(Path.GetTempPath(), "initorder-benchmark-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(work);
        try
        {
            string markdown = Run(options, work);
            Console.WriteLine(markdown);
            string output = options.OutputFile ?? Path.Combine(RepositoryRoot.Find(), "artifacts", "benchmark", "results.md");
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            File.WriteAllText(output, markdown);
            Console.Error.WriteLine("Written to " + output);
            return 0;
        }
        finally
        {
            if (options.KeepFiles)
            {
                Console.Error.WriteLine("Generated files kept in " + work);
            }
            else
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static string Run(BenchmarkOptions options, string work)
    {
        var log = Console.Error;
        string loadAtStart = MachineInfo.LoadAverage();
        var files = new List<FileResult>();
        var inputs = new List<(string Name, string? Path)> { ("System.Private.CoreLib.dll", InputFiles.CoreLibrary()), ("Microsoft.CodeAnalysis.CSharp.dll", InputFiles.CSharpCompiler()) };
        foreach (var (name, path) in options.MeasureAnalysis ? inputs : new())
        {
            if (path is null)
            {
                log.WriteLine(name + " not found on this machine; skipped.");
                continue;
            }

            log.WriteLine("Measuring " + path);
            files.Add(new FileResult(name, Measure(Workload.Analysis, name, path, options), Measure(Workload.Cecil, name, path, options), Measure(Workload.Floor, name, path, options)));
        }

        var synthetic = new List<SyntheticResult>();
        foreach (int scale in options.MeasureAnalysis ? options.SyntheticScales : Array.Empty<int>())
        {
            var shape = new SyntheticShape(scale, options.SyntheticTypesPerScale);
            string path = SyntheticAssemblyWriter.Write(shape, Path.Combine(work, "synthetic", shape.Name));
            log.WriteLine("Measuring " + path + " (" + shape.Methods + " methods)");
            synthetic.Add(new SyntheticResult(shape, Measure(Workload.Analysis, shape.Name, path, options), Measure(Workload.Cecil, shape.Name, path, options), Measure(Workload.Floor, shape.Name, path, options)));
        }

        DriverResult? driver = null;
        AnalyzerEditResult? analyzers = null;
        if (options.MeasureDriver)
        {
            log.WriteLine("Measuring the generator in GeneratorDriver (IDE-like)");
            string? packagedGenerator = options.BaselinePackage is null ? null : PackagedGenerator.Extract(options.BaselinePackage, Path.Combine(work, "baseline-generator"));
            driver = DriverBenchmark.Run(RepositoryRoot.Find(), options.ConsumerFiles, options.ConsumerPatches, options.DriverEdits, options.DriverFirstRunProcesses, packagedGenerator, log);
            log.WriteLine("Measuring the analyzers on each edited document (IDE-like)");
            analyzers = AnalyzerEditBenchmark.Run(RepositoryRoot.Find(), options.ConsumerFiles, options.ConsumerPatches, options.DriverEdits, log);
        }

        BuildOverheadResult? build = null;
        if (options.MeasureBuilds)
        {
            log.WriteLine("Measuring build overhead");
            build = new BuildOverheadBenchmark(RepositoryRoot.Find(), Path.Combine(work, "builds"), log).Run(options.ConsumerFiles, options.ConsumerPatches, options.BuildRepetitions, options.BaselinePackage);
        }

        IReadOnlyList<RealApps.AppBuildResult>? apps = null;
        if (options.MeasureApps)
        {
            log.WriteLine("Measuring the verifier on real apps");
            apps = new RealApps.RealAppsBenchmark(RepositoryRoot.Find(), Path.Combine(work, "real-apps"), log).Run(options.RealAppOptions);
        }

        var text = new StringBuilder();
        text.Append("Measured ").Append(DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(" UTC on ").Append(MachineInfo.Describe())
            .Append(options.Quick ? " (--quick: fewer runs, smaller inputs)" : "").Append(". ");
        if (options.MeasureAnalysis)
        {
            text.Append("Analysis times are medians of ").Append(options.Processes).Append(" fresh processes x ").Append(options.RunsPerProcess)
                .Append(" runs (warm runs; \"Cold\" is each process's first run). Peak memory is the resident memory a run added at its peak. ");
        }

        text.Append("Load average (1 min) ").Append(loadAtStart)
            .Append(" at the start, ").Append(MachineInfo.LoadAverage()).Append(" at the end.\n\n");
        if (files.Count > 0)
        {
            ResultTables.WriteFiles(text, files);
        }

        if (synthetic.Count > 0)
        {
            ResultTables.WriteSynthetic(text, synthetic);
        }
        if (driver is not null)
        {
            DriverTables.Write(text, driver);
            analyzers?.Write(text);
        }

        if (build is not null)
        {
            ResultTables.WriteBuild(text, build);
        }

        if (apps is not null)
        {
            RealApps.RealAppTables.Write(text, apps, options.AppRounds, options.WarmEdits);
        }

        TargetVerdicts.Write(text, files, synthetic, driver, build);
        return text.ToString();
    }

    private static CaseResult Measure(Workload workload, string name, string path, BenchmarkOptions options) =>
        ChildRunner.Measure(name, workload, path, options.Processes, options.RunsPerProcess);
}
