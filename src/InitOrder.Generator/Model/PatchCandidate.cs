using InitOrder.Generator.Diagnostics;

namespace InitOrder.Generator.Model;

/// <summary>
/// What one attributed method turned out to be: a patch to emit, diagnostics to report, or both
/// (a warning does not stop the patch from running).
/// </summary>
internal sealed record PatchCandidate(PatchModel? Patch, EquatableArray<DiagnosticInfo> Diagnostics);
