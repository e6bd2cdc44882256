using System.Collections.Generic;
using InitOrder.Analysis;

namespace InitOrder.Cli.Trace;

/// <summary>A patch as read from an app assembly (the generated sequence and attributes), with the build's verdict on it.</summary>
/// <param name="Assembly">The simple name of the assembly that declares the patch.</param>
/// <param name="ReadFrom">The assembly file the patch was read from (the declaring one, or an app that applies it).</param>
/// <param name="Predicted">The verifier's violations for this patch: what the build reports.</param>
internal sealed record PatchSource(PatchInfo Patch, string Assembly, string ReadFrom, IReadOnlyList<Violation> Predicted);
