using System.Collections.Generic;

namespace InitOrder.Tracing;

/// <summary>
/// Which compilation was still open on a thread when a method started compiling. The runtime runs code while the JIT
/// compiles a method (a referenced assembly's module initializer, a class initialization the JIT asks for), and that
/// code's own compilation then starts between the method's start and finish events on the same thread. This is the
/// JIT's own action read from the events, not a guess from the IL of the method being compiled.
/// </summary>
internal static class CompilationNesting
{
    /// <returns>For each event index: the index of the start event of the enclosing open compilation, or -1.</returns>
    public static int[] Compute(IReadOnlyList<JitEvent> events)
    {
        var finishOf = FinishIndexes(events);
        var enclosing = new int[events.Count];
        var open = new Dictionary<int, Stack<int>>();
        for (int i = 0; i < events.Count; i++)
        {
            enclosing[i] = -1;
            var e = events[i];
            if (e.Kind != JitEventKind.Started)
            {
                continue;
            }

            if (!open.TryGetValue(e.ThreadId, out var stack))
            {
                stack = new Stack<int>();
                open.Add(e.ThreadId, stack);
            }

            // A compilation is open until its own finish event; one that never finished (a crash) encloses nothing.
            while (stack.Count > 0 && !(finishOf.TryGetValue(stack.Peek(), out int finish) && finish > i))
            {
                stack.Pop();
            }

            if (stack.Count > 0)
            {
                enclosing[i] = stack.Peek();
            }

            stack.Push(i);
        }

        return enclosing;
    }

    /// <summary>Pairs each start with the next finish of the same method on the same thread.</summary>
    private static Dictionary<int, int> FinishIndexes(IReadOnlyList<JitEvent> events)
    {
        var pending = new Dictionary<(int Thread, long MethodId), int>();
        var finishOf = new Dictionary<int, int>();
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var key = (e.ThreadId, e.MethodId);
            if (e.Kind == JitEventKind.Started)
            {
                pending[key] = i;
            }
            else if (pending.TryGetValue(key, out int start))
            {
                finishOf[start] = i;
                pending.Remove(key);
            }
        }

        return finishOf;
    }
}
