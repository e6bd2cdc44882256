using System.Collections.Generic;
using InitOrder.Tracing;

namespace InitOrder.Cli.Trace;

/// <summary>
/// Code that ran before a patch finished and touched one of its targets. <paramref name="PredictedBy"/> is the
/// verifier's code for the same patch and target (INIT101, …) when the build predicts it too, else null.
/// </summary>
internal sealed record TraceViolation(string Patch, string Target, string TouchedBy, int ProcessId, IReadOnlyList<TraceFrame> Stack, string? PredictedBy);
