using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace InitOrder.Tracing;

/// <summary>
/// What ran before a patch's body, according to the trace: every method first compiled before the patch's own
/// compilation finished (module initializers the JIT runs while compiling the patch included), plus the static
/// constructor of the patch's class when the runtime runs it on entry to the patch.
/// </summary>
public static class PatchWindow
{
    /// <param name="patch">The patch method.</param>
    /// <param name="classConstructor">The static constructor of the patch's declaring type, if it has one.</param>
    public static IReadOnlyList<ObservedMethod> Before(JitTrace trace, MethodKey patch, MethodKey? classConstructor)
    {
        var events = trace.Events;
        var started = events.FirstOrDefault(e => e.Kind == JitEventKind.Started && e.Key == patch)
            ?? throw new InvalidOperationException($"The trace has no compilation of the patch {patch}: it never ran.");
        var finished = trace.FinishOf(started)
            ?? throw new InvalidOperationException($"The compilation of the patch {patch} never finished.");

        int end = EndOfClassInitialization(trace, finished, classConstructor) ?? finished.Index;
        var firstRuns = new Dictionary<MethodKey, ObservedMethod>();
        foreach (var e in events)
        {
            if (e.Index > end)
            {
                break;
            }

            if (e.Kind == JitEventKind.Started && e.Token != 0 && e.Key != patch && !firstRuns.ContainsKey(e.Key))
            {
                firstRuns.Add(e.Key, new ObservedMethod(e.Key, e.TypeName, e.MethodName, e.Index));
            }
        }

        return firstRuns.Values.ToList();
    }

    private static bool IsFramework(string modulePath) =>
        string.Equals(Path.GetDirectoryName(modulePath), Path.GetDirectoryName(typeof(object).Assembly.Location), StringComparison.Ordinal);

    /// <summary>
    /// A patch class with an explicit static constructor is initialized on entry to the patch (on .NET 10 from the
    /// patch's prolog, so the patch is already on the stack): everything compiled while that constructor is on the
    /// stack still ran before the first statement of the patch.
    /// </summary>
    private static int? EndOfClassInitialization(JitTrace trace, JitEvent patchFinished, MethodKey? classConstructor)
    {
        var events = trace.Events;
        // The runtime's class-initialization helpers may be compiled first (on the first such initialization of the run).
        var next = events.Skip(patchFinished.Index + 1)
            .FirstOrDefault(e => e.Kind == JitEventKind.Started && e.ThreadId == patchFinished.ThreadId && !IsFramework(e.ModulePath));
        if (classConstructor is not { } cctor || next is null || next.Key != cctor)
        {
            return null;
        }

        var compiled = trace.FinishOf(next);
        if (compiled is null)
        {
            return next.Index;
        }

        int end = compiled.Index;
        foreach (var e in events.Skip(compiled.Index + 1))
        {
            if (e.ThreadId != patchFinished.ThreadId || e.Kind != JitEventKind.Started)
            {
                continue;
            }

            if (!e.Stack.Any(compiled.CodeContains))
            {
                break;
            }

            end = e.Index;
        }

        return end;
    }
}
