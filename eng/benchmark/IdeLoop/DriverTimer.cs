using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InitOrder.Benchmarks.IdeLoop;

/// <summary>Times one RunGenerators call (wall and processor time) and reads the driver's own step times out of its run result.</summary>
internal static class DriverTimer
{
    public static (GeneratorDriver Driver, double Milliseconds, double ProcessorMilliseconds) Run(GeneratorDriver driver, Compilation compilation)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        double processorStart = ProcessCpuClock.Milliseconds();
        var stopwatch = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        stopwatch.Stop();
        return (driver, stopwatch.Elapsed.TotalMilliseconds, ProcessCpuClock.Milliseconds() - processorStart);
    }

    /// <summary>Each tracked step's time in the last run, summed over the step's runs (one per match for the transform).</summary>
    public static Dictionary<string, double> StepMilliseconds(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedSteps
            .ToDictionary(s => s.Key, s => s.Value.Sum(step => step.ElapsedTime.TotalMilliseconds), StringComparer.Ordinal);
}
