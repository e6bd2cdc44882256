using System.Collections.Generic;

namespace InitOrder.Benchmarks.RealApps;

/// <summary>Everything measured for one app with one package, over all rounds.</summary>
internal sealed class AppBuildResult
{
    public AppBuildResult(string app, string package)
    {
        App = app;
        Package = package;
    }

    public string App { get; }

    /// <summary>"this build" or "baseline".</summary>
    public string Package { get; }

    /// <summary>Clean build in a fresh MSBuild process: the verifier's report and MSBuild's time for the task.</summary>
    public List<(ReportStats Stats, double? TaskMilliseconds)> FirstBuilds { get; } = new();

    /// <summary>After an edit of the app's own code, in a fresh MSBuild process (CI).</summary>
    public List<(ReportStats Stats, double? TaskMilliseconds)> ColdRebuilds { get; } = new();

    /// <summary>After an edit, in an MSBuild process that has already built and verified the app (the inner loop).</summary>
    public List<ReportStats> WarmRebuilds { get; } = new();

    /// <summary>The verifier and the reports in a fresh process of the harness: first run cold, then warm.</summary>
    public List<AppRun> InProcessCold { get; } = new();

    public List<AppRun> InProcessWarm { get; } = new();
}
