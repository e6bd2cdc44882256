using System;
using System.Collections.Generic;
using System.IO;

namespace InitOrder.Benchmarks;

/// <summary>How much to measure: the full run (for the eng/performance.md tables) or <c>--quick</c> (a smoke run).</summary>
internal sealed class BenchmarkOptions
{
    /// <summary>Fresh processes per case; each measures one cold run, then the warm ones.</summary>
    public int Processes { get; private set; } = 3;

    public int RunsPerProcess { get; private set; } = 2;

    /// <summary>Types of the 1x synthetic assembly (99 methods each, so 250 types is about 25k methods).</summary>
    public int SyntheticTypesPerScale { get; private set; } = 250;

    public IReadOnlyList<int> SyntheticScales { get; } = new[] { 1, 2, 4, 8 };

    public int ConsumerFiles { get; private set; } = 1000;

    public int ConsumerPatches { get; private set; } = 50;

    public int BuildRepetitions { get; private set; } = 4;

    public bool MeasureBuilds { get; private set; } = true;

    public bool MeasureAnalysis { get; private set; } = true;

    /// <summary>The IDE-like GeneratorDriver benchmark (in-process, little affected by machine load).</summary>
    public bool MeasureDriver { get; private set; } = true;

    public int DriverEdits { get; private set; } = 30;

    public int DriverFirstRunProcesses { get; private set; } = 5;

    public bool Quick { get; private set; }

    /// <summary>The real-app benchmark (<c>--apps-only</c>): the verifier in real builds of the oracle samples, EF Core and the consumer.</summary>
    public bool MeasureApps { get; private set; }

    public int AppRounds { get; private set; } = 3;

    /// <summary>Edits per round in the warm MSBuild node.</summary>
    public int WarmEdits { get; private set; } = 3;

    /// <summary>Only these apps (<c>--apps Minimal,EfCoreShop</c>); all when null.</summary>
    public IReadOnlySet<string>? Apps { get; private set; }

    public RealApps.RealAppOptions RealAppOptions => new(AppRounds, WarmEdits, 3, ConsumerFiles, ConsumerPatches, BaselinePackage, Apps, CacheOffBaseline, ReuseOffBaseline);

    /// <summary>
    /// <c>--cache-off-baseline</c>: this package builds the real apps with <c>InitOrderCache=true</c> and, as the baseline,
    /// with <c>InitOrderCache=false</c>, in the same rounds: the facts cache's effect alone.
    /// </summary>
    public bool CacheOffBaseline { get; private set; }

    /// <summary>
    /// <c>--reuse-off-baseline</c>: this package builds the real apps as it ships (a rebuild reuses the previous
    /// verification when nothing it read changed) and, as the baseline, with <c>InitOrderReuse=false</c>, in the same rounds.
    /// </summary>
    public bool ReuseOffBaseline { get; private set; }

    /// <summary>Keeps the generated assemblies and consumer projects (their folder is printed) for a closer look.</summary>
    public bool KeepFiles { get; private set; }

    /// <summary>An InitOrder .nupkg of another version (e.g. packed from main) built in the same rounds as this one.</summary>
    public string? BaselinePackage { get; private set; }

    /// <summary>The Markdown results are also written here.</summary>
    public string? OutputFile { get; private set; }

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    options.Quick = true;
                    options.Processes = 1;
                    options.RunsPerProcess = 2;
                    options.SyntheticTypesPerScale = 60;
                    options.ConsumerFiles = 200;
                    options.ConsumerPatches = 10;
                    options.BuildRepetitions = 1;
                    options.DriverEdits = 5;
                    options.DriverFirstRunProcesses = 1;
                    options.AppRounds = 1;
                    options.WarmEdits = 2;
                    break;
                case "--no-builds":
                    options.MeasureBuilds = false;
                    break;
                case "--builds-only":
                    options.MeasureAnalysis = false;
                    options.MeasureDriver = false;
                    break;
                case "--driver-only":
                    options.MeasureAnalysis = false;
                    options.MeasureBuilds = false;
                    break;
                case "--apps-only":
                    options.MeasureApps = true;
                    options.MeasureAnalysis = false;
                    options.MeasureDriver = false;
                    options.MeasureBuilds = false;
                    break;
                case "--apps" when i + 1 < args.Count:
                    options.Apps = new HashSet<string>(args[++i].Split(','), StringComparer.Ordinal);
                    break;
                case "--app-rounds" when i + 1 < args.Count:
                    options.AppRounds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--warm-edits" when i + 1 < args.Count:
                    options.WarmEdits = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--keep":
                    options.KeepFiles = true;
                    break;
                case "--rounds" when i + 1 < args.Count:
                    options.BuildRepetitions = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--baseline-package" when i + 1 < args.Count:
                    options.BaselinePackage = Path.GetFullPath(args[++i]);
                    break;
                case "--cache-off-baseline":
                    options.CacheOffBaseline = true;
                    break;
                case "--reuse-off-baseline":
                    options.ReuseOffBaseline = true;
                    break;
                case "--output" when i + 1 < args.Count:
                    options.OutputFile = Path.GetFullPath(args[++i]);
                    break;
                default:
                    throw new ArgumentException("Unknown argument '" + args[i] + "'. Options: --quick, --no-builds, --builds-only, --driver-only, --apps-only, --apps <names>, --app-rounds <n>, --warm-edits <n>, --keep, --rounds <n>, --baseline-package <nupkg>, --cache-off-baseline, --reuse-off-baseline, --output <file>.");
            }
        }

        return options;
    }
}
