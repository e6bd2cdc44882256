using System.Collections.Generic;
using InitOrder.Tracing;

namespace InitOrder.Cli.Trace;

/// <summary>
/// Code of one of a patch's targets that ran before the patch finished (<paramref name="Ran"/>), and the code that
/// ran it (<paramref name="TouchedBy"/>). <paramref name="PredictedBy"/> is the verifier's code for the same patch and
/// target (INIT101, …) when the build predicts it too, else null.
/// </summary>
internal sealed record TraceViolation(string Patch, string Target, string TouchedBy, string Ran, int ProcessId, IReadOnlyList<TraceFrame> Stack, string? PredictedBy);
