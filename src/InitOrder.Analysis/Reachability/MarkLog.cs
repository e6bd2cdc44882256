using System;
using System.Collections.Generic;
using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// The first reason each method was marked, by node id: the first mark wins, so reading the reasons back from any
/// marked method gives a path to a root without searching again (the mark log of ILLink's MarkStep and NativeAOT's
/// FirstMarkLogStrategy).
/// </summary>
internal sealed class MarkLog
{
    private MarkReason[] _reasons = new MarkReason[256];
    private bool[] _marked = new bool[256];

    public int Count { get; private set; }

    public bool IsMarked(MethodNode method) => method.Id < _marked.Length && _marked[method.Id];

    /// <summary>Marks <paramref name="method"/> for <paramref name="reason"/>; false when it was marked before.</summary>
    public bool TryMark(MethodNode method, MarkReason reason)
    {
        if (IsMarked(method))
        {
            return false;
        }

        if (method.Id >= _marked.Length)
        {
            int size = Math.Max(method.Id + 1, _marked.Length * 2);
            Array.Resize(ref _marked, size);
            Array.Resize(ref _reasons, size);
        }

        _marked[method.Id] = true;
        _reasons[method.Id] = reason;
        Count++;
        return true;
    }

    public MarkReason ReasonFor(MethodNode method) =>
        IsMarked(method) ? _reasons[method.Id] : throw new ArgumentException(method.FullName + " is not marked.", nameof(method));

    /// <summary>
    /// The path from the root that marked <paramref name="method"/> first down to it: each method with the reason the
    /// next one was marked (none on the last).
    /// </summary>
    public List<PathStep> PathTo(MethodNode method)
    {
        var path = new List<PathStep>();
        MarkReason? next = null;
        MethodNode? current = method;
        while (current is not null)
        {
            path.Add(new PathStep(current, next));
            var reason = ReasonFor(current);
            next = reason;
            current = reason.From;
        }

        path.Reverse();
        return path;
    }
}
