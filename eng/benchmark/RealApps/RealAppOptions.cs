using System.Collections.Generic;

namespace InitOrder.Benchmarks.RealApps;

/// <summary>How much the real-app benchmark measures (see <see cref="BenchmarkOptions"/> for the command line).</summary>
internal sealed record RealAppOptions(int Rounds, int WarmEdits, int InProcessRuns, int ConsumerFiles, int ConsumerPatches, string? BaselinePackage, IReadOnlySet<string>? Apps, bool CacheOffBaseline = false, bool ReuseOffBaseline = false);
