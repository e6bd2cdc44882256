using System.Collections.Generic;

namespace InitOrder.Cli.Trace;

/// <summary>
/// What the trace says about one patch: whether it ran, where, and which <c>[ModuleInitializer]</c> methods of the
/// app's assemblies (InitOrder's own left out) first ran before it and after it.
/// </summary>
internal sealed record TracedPatch(
    string Method,
    string Assembly,
    IReadOnlyList<string> Targets,
    bool Ran,
    int? ProcessId,
    IReadOnlyList<string> InitializersBefore,
    IReadOnlyList<string> InitializersAfter);
