using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InitOrder.Benchmarks.IdeLoop;

/// <summary>
/// IDE-like: drives InitOrder's generator with Roslyn's GeneratorDriver (step tracking on, as IDEs run it) over the
/// build benchmark's consumer, against two baselines in the same run: a minimal generator that matches the same
/// methods and one that matches nothing. First runs are timed in fresh processes, edits in this one, interleaved.
/// </summary>
internal static class DriverBenchmark
{
    private const string FirstRunArgument = "--driver-first-run";
    private const int WarmUpEdits = 5;

    /// <summary>InitOrder's own tracking names (the generator's TrackingNames); Roslyn's internal steps are left out.</summary>
    private static readonly string[] InitOrderSteps = { "Candidates", "Facts", "Options", "Plan" };

    /// <param name="packagedGenerator">InitOrder.Generator.dll of a baseline package to drive as well, or null.</param>
    public static DriverResult Run(string repository, int files, int patches, int edits, int firstRunProcesses, string? packagedGenerator, TextWriter log)
    {
        var subjects = DriverSubjects.For(packagedGenerator);
        var firstRuns = subjects.ToDictionary(s => s, _ => new List<(double Wall, double Processor)>());
        for (int p = 0; p < firstRunProcesses; p++)
        {
            log.WriteLine("  first runs " + (p + 1) + "/" + firstRunProcesses);
            foreach (var subject in subjects)
            {
                firstRuns[subject].Add(FirstRunInChild(subject, files, patches, packagedGenerator));
            }
        }

        log.WriteLine("  edits");
        var workspace = DriverWorkspace.Create(repository, files, patches);
        var compilations = subjects.ToDictionary(s => s, _ => workspace.Compilation());
        var drivers = subjects.ToDictionary(s => s, s => DriverWorkspace.CreateDriver(DriverSubjects.Create(s, packagedGenerator)).RunGenerators(compilations[s]));
        var editTimes = subjects.ToDictionary(s => s, _ => new List<(double Wall, double Processor)>());
        var steps = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var ratios = new List<(double Wall, double Processor)>();
        var baselinePackageRatios = new List<double>();
        for (int edit = 0; edit < WarmUpEdits + edits; edit++)
        {
            var thisEdit = new Dictionary<DriverSubject, (double Wall, double Processor)>();

            // A different subject goes first each time, so none always runs right after a GC or on a cooler cache.
            for (int k = 0; k < subjects.Length; k++)
            {
                var subject = subjects[(edit + k) % subjects.Length];
                var (old, edited) = workspace.Edit(compilations[subject], edit);
                compilations[subject] = compilations[subject].ReplaceSyntaxTree(old, edited);
                var (driver, wall, processor) = DriverTimer.Run(drivers[subject], compilations[subject]);
                drivers[subject] = driver;
                thisEdit[subject] = (wall, processor);
            }

            if (edit < WarmUpEdits)
            {
                continue;
            }

            foreach (var (subject, times) in thisEdit)
            {
                editTimes[subject].Add(times);
            }

            var (initOrder, oneMatch) = (thisEdit[DriverSubject.InitOrder], thisEdit[DriverSubject.OneMatch]);
            ratios.Add((initOrder.Wall / oneMatch.Wall, initOrder.Processor / oneMatch.Processor));
            if (thisEdit.TryGetValue(DriverSubject.InitOrderBaselinePackage, out var packaged))
            {
                baselinePackageRatios.Add(packaged.Processor / oneMatch.Processor);
            }
            foreach (var (name, milliseconds) in DriverTimer.StepMilliseconds(drivers[DriverSubject.InitOrder]).Where(s => InitOrderSteps.Contains(s.Key)))
            {
                (steps.TryGetValue(name, out var list) ? list : steps[name] = new List<double>()).Add(milliseconds);
            }
        }

        return new DriverResult
        {
            Files = files,
            Patches = patches,
            Edits = edits,
            FirstRunProcesses = firstRunProcesses,
            FirstRunMilliseconds = firstRuns.ToDictionary(p => p.Key, p => Statistics.Median(p.Value.Select(t => t.Wall))),
            FirstRunProcessorMilliseconds = firstRuns.ToDictionary(p => p.Key, p => Statistics.Median(p.Value.Select(t => t.Processor))),
            EditMilliseconds = editTimes.ToDictionary(p => p.Key, p => Statistics.Median(p.Value.Select(t => t.Wall))),
            EditProcessorMilliseconds = editTimes.ToDictionary(p => p.Key, p => Statistics.Median(p.Value.Select(t => t.Processor))),
            InitOrderStepMilliseconds = steps.ToDictionary(p => p.Key, p => Statistics.Median(p.Value), StringComparer.Ordinal),
            EditRatioToOneMatch = Statistics.Median(ratios.Select(r => r.Wall)),
            EditProcessorRatioToOneMatch = Statistics.Median(ratios.Select(r => r.Processor)),
            BaselinePackageProcessorRatioToOneMatch = baselinePackageRatios.Count == 0 ? null : Statistics.Median(baselinePackageRatios),
        };
    }

    public static bool IsChild(string[] args) => args.Length is 4 or 5 && args[0] == FirstRunArgument;

    /// <summary>The child side: one first run on a fresh compilation, its time printed to standard output.</summary>
    public static int RunChild(string[] args)
    {
        var subject = Enum.Parse<DriverSubject>(args[1]);
        var workspace = DriverWorkspace.Create(RepositoryRoot.Find(), int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
        var compilation = workspace.Compilation();
        var generator = DriverSubjects.Create(subject, args.Length == 5 ? args[4] : null);
        var (_, wall, processor) = DriverTimer.Run(DriverWorkspace.CreateDriver(generator), compilation);
        Console.WriteLine(wall.ToString("R", CultureInfo.InvariantCulture) + " " + processor.ToString("R", CultureInfo.InvariantCulture));
        return 0;
    }

    private static (double Wall, double Processor) FirstRunInChild(DriverSubject subject, int files, int patches, string? packagedGenerator)
    {
        var start = new ProcessStartInfo(ChildRunner.DotNetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { typeof(DriverBenchmark).Assembly.Location, FirstRunArgument, subject.ToString(), files.ToString(CultureInfo.InvariantCulture), patches.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        if (packagedGenerator is not null)
        {
            start.ArgumentList.Add(packagedGenerator);
        }

        // The benchmark itself runs without tiered compilation; compilers and IDEs run with it, so first runs do too.
        start.Environment["DOTNET_TieredCompilation"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        string[] times = output.Trim().Split(' ');
        if (process.ExitCode != 0 || times.Length != 2
            || !double.TryParse(times[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double wall)
            || !double.TryParse(times[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double processor))
        {
            throw new InvalidOperationException("First run of " + subject + " failed (exit " + process.ExitCode + "):\n" + output + error.Result);
        }

        return (wall, processor);
    }
}
