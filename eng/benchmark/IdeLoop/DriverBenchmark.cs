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

    public static DriverResult Run(string repository, int files, int patches, int edits, int firstRunProcesses, TextWriter log)
    {
        var firstRuns = DriverSubjects.All.ToDictionary(s => s, _ => new List<(double Wall, double Processor)>());
        for (int p = 0; p < firstRunProcesses; p++)
        {
            log.WriteLine("  first runs " + (p + 1) + "/" + firstRunProcesses);
            foreach (var subject in DriverSubjects.All)
            {
                firstRuns[subject].Add(FirstRunInChild(subject, files, patches));
            }
        }

        log.WriteLine("  edits");
        var workspace = DriverWorkspace.Create(repository, files, patches);
        var compilations = DriverSubjects.All.ToDictionary(s => s, _ => workspace.Compilation());
        var drivers = DriverSubjects.All.ToDictionary(s => s, s => DriverWorkspace.CreateDriver(s).RunGenerators(compilations[s]));
        var editTimes = DriverSubjects.All.ToDictionary(s => s, _ => new List<(double Wall, double Processor)>());
        var steps = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var ratios = new List<(double Wall, double Processor)>();
        for (int edit = 0; edit < WarmUpEdits + edits; edit++)
        {
            var thisEdit = new Dictionary<DriverSubject, (double Wall, double Processor)>();

            // A different subject goes first each time, so none always runs right after a GC or on a cooler cache.
            for (int k = 0; k < DriverSubjects.All.Length; k++)
            {
                var subject = DriverSubjects.All[(edit + k) % DriverSubjects.All.Length];
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
        };
    }

    public static bool IsChild(string[] args) => args.Length == 4 && args[0] == FirstRunArgument;

    /// <summary>The child side: one first run on a fresh compilation, its time printed to standard output.</summary>
    public static int RunChild(string[] args)
    {
        var subject = Enum.Parse<DriverSubject>(args[1]);
        var workspace = DriverWorkspace.Create(RepositoryRoot.Find(), int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
        var compilation = workspace.Compilation();
        var (_, wall, processor) = DriverTimer.Run(DriverWorkspace.CreateDriver(subject), compilation);
        Console.WriteLine(wall.ToString("R", CultureInfo.InvariantCulture) + " " + processor.ToString("R", CultureInfo.InvariantCulture));
        return 0;
    }

    private static (double Wall, double Processor) FirstRunInChild(DriverSubject subject, int files, int patches)
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
