using System.Collections.Generic;

namespace InitOrder.Cli.Trace;

/// <summary>The arguments of <c>initorder trace</c>.</summary>
/// <param name="Command">The program to run and its arguments.</param>
/// <param name="ReportDirectory"><c>--report</c>: where to write the trace reports; none are written without it.</param>
/// <param name="Assemblies"><c>--assembly</c>: app assemblies whose patches must run even if nothing loads them.</param>
internal sealed record TraceOptions(IReadOnlyList<string> Command, string? ReportDirectory, IReadOnlyList<string> Assemblies);
