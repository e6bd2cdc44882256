using System;
using System.Collections.Generic;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace InitOrder.Tracing;

/// <summary>
/// The JIT events of one run, in the order the runtime wrote them. With ReadyToRun off every method is compiled right
/// before its first run, so the first <see cref="JitEventKind.Started"/> event of a method is when it first ran.
/// </summary>
public sealed class JitTrace
{
    private const int MaxStackFrames = 64;

    private int[]? _enclosing;

    private JitTrace(IReadOnlyList<JitEvent> events, IReadOnlyList<string> modules, IReadOnlyDictionary<int, ILNativeMap> maps, int processId)
    {
        Events = events;
        Modules = modules;
        ILMaps = maps;
        ProcessId = processId;
    }

    public IReadOnlyList<JitEvent> Events { get; }

    /// <summary>The files of the modules the process loaded, in load order.</summary>
    public IReadOnlyList<string> Modules { get; }

    /// <summary>For each <see cref="JitEventKind.Finished"/> event (by index): where its native code maps back to IL.</summary>
    public IReadOnlyDictionary<int, ILNativeMap> ILMaps { get; }

    /// <summary>The traced process (0 for a trace made by hand).</summary>
    public int ProcessId { get; }

    /// <summary>A trace made by hand, so the window logic can be tested on orders a real run rarely produces.</summary>
    public static JitTrace FromEvents(IReadOnlyList<JitEvent> events) =>
        new(events, Array.Empty<string>(), new Dictionary<int, ILNativeMap>(), 0);

    /// <summary>The first compilation of <paramref name="method"/>: when it first ran, or null when it never did.</summary>
    public JitEvent? FirstStart(MethodKey method)
    {
        foreach (var e in Events)
        {
            if (e.Kind == JitEventKind.Started && e.Key == method)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The end of the compilation <paramref name="start"/> began: from then on the method runs. Null when it never finished.</summary>
    public JitEvent? FinishOf(JitEvent start)
    {
        for (int i = start.Index + 1; i < Events.Count; i++)
        {
            var e = Events[i];
            if (e.Kind == JitEventKind.Finished && e.MethodId == start.MethodId)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>
    /// The compilation the JIT had open on the same thread when the method of <paramref name="startIndex"/> started
    /// compiling, or null: code the runtime ran on behalf of the JIT, while it compiled that other method.
    /// </summary>
    public JitEvent? CompilingWhen(int startIndex)
    {
        _enclosing ??= CompilationNesting.Compute(Events);
        int enclosing = _enclosing[startIndex];
        return enclosing < 0 ? null : Events[enclosing];
    }

    /// <summary>Reads a .nettrace file; stacks need TraceLog, which converts it to an .etlx file beside it first.</summary>
    public static JitTrace Load(string nettracePath) => Load(nettracePath, TraceFacts.Read(nettracePath));

    /// <summary>Reads a .nettrace file whose fast pass (<see cref="TraceFacts"/>) is already done.</summary>
    public static JitTrace Load(string nettracePath, TraceFacts facts)
    {
        var maps = facts.Maps;
        var mapsByEvent = new Dictionary<int, ILNativeMap>();
        // A crashed process leaves a file that ends mid-block; everything before that is still read.
        string etlx = TraceLog.CreateFromEventPipeDataFile(nettracePath, null, new TraceLogOptions { ContinueOnError = true });
        using var log = new TraceLog(etlx);
        var modules = new Dictionary<long, string>();
        var events = new List<JitEvent>();
        foreach (var data in log.Events)
        {
            switch (data)
            {
                case ModuleLoadUnloadTraceData module when module.EventName == "Loader/ModuleLoad":
                    modules[module.ModuleID] = module.ModuleILPath;
                    break;
                case MethodJittingStartedTraceData started:
                    events.Add(new JitEvent(
                        events.Count, JitEventKind.Started, started.ThreadID, started.MethodID, ModuleOf(modules, started.ModuleID),
                        started.MethodToken, started.MethodNamespace, started.MethodName, 0, 0, StackOf(data)));
                    break;
                case MethodLoadUnloadVerboseTraceData loaded when loaded.EventName == "Method/LoadVerbose":
                    events.Add(new JitEvent(
                        events.Count, JitEventKind.Finished, loaded.ThreadID, loaded.MethodID, ModuleOf(modules, loaded.ModuleID),
                        loaded.MethodToken, loaded.MethodNamespace, loaded.MethodName, loaded.MethodStartAddress, loaded.MethodSize, Array.Empty<ulong>()));
                    if (maps.TryGetValue((loaded.MethodID, loaded.MethodStartAddress), out var map))
                    {
                        mapsByEvent[events.Count - 1] = map;
                    }

                    break;
            }
        }

        return new JitTrace(events, facts.Modules, mapsByEvent, facts.ProcessId);
    }

    private static string ModuleOf(Dictionary<long, string> modules, long moduleId) =>
        modules.TryGetValue(moduleId, out var path) ? path : "";

    /// <summary>Code addresses from the innermost frame outwards.</summary>
    private static IReadOnlyList<ulong> StackOf(TraceEvent data)
    {
        var addresses = new List<ulong>();
        for (var frame = data.CallStack(); frame is not null && addresses.Count < MaxStackFrames; frame = frame.Caller)
        {
            addresses.Add(frame.CodeAddress.Address);
        }

        return addresses;
    }
}
