using System;
using System.Collections.Generic;
using System.IO;
using InitOrder.Analysis;
using InitOrder.Tracing;
using InitOrder.Tracing.Metadata;

namespace InitOrder.Cli.Trace;

/// <summary>Opens the traces a run left, one per process, and says which could not be read (INIT303).</summary>
internal static class ProcessTraces
{
    /// <summary>The fast pass over every trace; an empty result is the INIT303 error.</summary>
    public static List<ProcessTrace> Read(IReadOnlyList<string> traceFiles, AssemblyCatalog catalog, List<TraceDiagnostic> diagnostics)
    {
        var processes = new List<ProcessTrace>();
        foreach (string file in traceFiles)
        {
            try
            {
                var facts = TraceFacts.Read(file);
                processes.Add(new ProcessTrace(file, facts, catalog));
                if (facts.Truncated)
                {
                    diagnostics.Add(new TraceDiagnostic(DiagnosticCodes.NoTrace, ProblemSeverity.Warning,
                        "The trace of process " + facts.ProcessId + " ends early: the process crashed or was killed before it wrote its last events. What it wrote was checked.", null, 0, 0));
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A process killed mid-write leaves a truncated file; the others still count.
                diagnostics.Add(new TraceDiagnostic(DiagnosticCodes.NoTrace, ProblemSeverity.Warning,
                    "The trace '" + Path.GetFileName(file) + "' could not be read (" + e.Message + "); that process was not checked.", file, 0, 0));
            }
        }

        if (processes.Count == 0)
        {
            diagnostics.Add(new TraceDiagnostic(DiagnosticCodes.NoTrace, ProblemSeverity.Error,
                "The traced command left no readable trace: it started no .NET process, or it reset the DOTNET_EnableEventPipe environment of its children. Nothing was checked.", null, 0, 0));
        }

        return processes;
    }

    /// <summary>The full read with stacks, for the processes that need it; one unreadable process costs only itself.</summary>
    public static void LoadEvents(IEnumerable<ProcessTrace> processes, List<TraceDiagnostic> diagnostics)
    {
        foreach (var process in processes)
        {
            try
            {
                process.LoadEvents();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                diagnostics.Add(new TraceDiagnostic(DiagnosticCodes.NoTrace, ProblemSeverity.Warning,
                    "The events of process " + process.ProcessId + " could not be read (" + e.Message + "); that process was not checked.", null, 0, 0));
            }
        }
    }
}
