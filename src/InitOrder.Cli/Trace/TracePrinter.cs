using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace InitOrder.Cli.Trace;

/// <summary>
/// Prints a trace's findings in the build's format (<c>file(line,col): error INIT301: …</c>), each followed by its
/// stack as indented <c>at …</c> lines, then the closing summary.
/// </summary>
internal static class TracePrinter
{
    public static void Print(TraceResult result, TextWriter output)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            DiagnosticPrinter.Print(output, diagnostic.Code, diagnostic.Severity, diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.Message);
            foreach (var frame in diagnostic.Stack)
            {
                output.WriteLine("    " + frame);
            }
        }

        foreach (string line in Summary(result))
        {
            output.WriteLine(line);
        }
    }

    public static IEnumerable<string> Summary(TraceResult result)
    {
        yield return "Traced " + Count(result.Processes.Count, "process", "processes") + " (" + string.Join(", ", result.Processes) + ") of '" +
            string.Join(" ", result.Command) + "'; it exited with code " + result.CommandExitCode + ".";
        foreach (var patch in result.Patches)
        {
            yield return patch.Ran
                ? "Patch '" + patch.Method + "' ran in process " + patch.ProcessId + "; [ModuleInitializer] methods run before it: " + List(patch.InitializersBefore) +
                  "; after it: " + List(patch.InitializersAfter) + "."
                : "Patch '" + patch.Method + "' never ran.";
        }

        if (result.FrameworkTouches > 0)
        {
            yield return "Framework code touched a target before its patch " + Count(result.FrameworkTouches, "time", "times") +
                " (not reported: mostly the runtime's own start-up).";
        }

        foreach (string predicted in result.PredictedNotSeen)
        {
            yield return "Predicted by the build, not seen in this run: " + predicted + ".";
        }

        int alsoPredicted = result.Violations.Count(v => v.PredictedBy is not null);
        int neverRan = result.Patches.Count(p => !p.Ran);
        string counts = Count(result.Violations.Count, "violation", "violations") + " (" + alsoPredicted + " also predicted by the build, " +
            (result.Violations.Count - alsoPredicted) + " seen only by the trace), " + Count(neverRan, "patch", "patches") + " never ran";
        yield return result.HasErrors
            ? "Failed: " + counts + "."
            : result.Patches.Count == 0 ? "Nothing checked: no patches." : "Clean: " + counts + ".";
    }

    private static string List(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);

    private static string Count(int count, string one, string many) => count + " " + (count == 1 ? one : many);
}
