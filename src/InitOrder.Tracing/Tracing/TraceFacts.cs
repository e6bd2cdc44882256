using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Diagnostics.Tracing;

namespace InitOrder.Tracing;

/// <summary>
/// What a fast pass over a trace file gives without stacks: the process, the modules it loaded, and the IL-to-native
/// map of each compiled method, keyed by the code it describes (method id and code address). TraceLog keeps the map
/// events to itself, so they come from this pass; the runtime writes each map right after its method's load event, on
/// the same thread. A process that loaded no app assembly with patches needs nothing more, which saves the costly
/// stack pass (the SDK's own processes under <c>dotnet test</c>).
/// </summary>
public sealed class TraceFacts
{
    private TraceFacts(int processId, IReadOnlyList<string> modules, IReadOnlyDictionary<(long MethodId, ulong CodeStart), ILNativeMap> maps, bool truncated)
    {
        ProcessId = processId;
        Modules = modules;
        Maps = maps;
        Truncated = truncated;
    }

    /// <summary>
    /// The file ends mid-block: the process crashed or was killed before EventPipe wrote its last buffers (measured: an
    /// unhandled exception at the end of Main still leaves everything before it). What was written is still used.
    /// </summary>
    public bool Truncated { get; }

    public int ProcessId { get; }

    /// <summary>The files of the modules the process loaded, in load order.</summary>
    public IReadOnlyList<string> Modules { get; }

    public IReadOnlyDictionary<(long MethodId, ulong CodeStart), ILNativeMap> Maps { get; }

    public static TraceFacts Read(string nettracePath)
    {
        var maps = new Dictionary<(long, ulong), ILNativeMap>();
        var modules = new List<string>();
        var lastLoad = new Dictionary<(int Thread, long MethodId), ulong>();
        int processId = 0;
        bool truncated = false;
        using (var source = new EventPipeEventSource(nettracePath))
        {
            source.Clr.LoaderModuleLoad += module =>
            {
                modules.Add(module.ModuleILPath);
                processId = module.ProcessID;
            };
            source.Clr.MethodLoadVerbose += loaded => lastLoad[(loaded.ThreadID, loaded.MethodID)] = loaded.MethodStartAddress;
            source.Clr.MethodILToNativeMap += map =>
            {
                if (lastLoad.TryGetValue((map.ThreadID, map.MethodID), out ulong start))
                {
                    maps[(map.MethodID, start)] = ILNativeMap.From(map);
                }
            };
            try
            {
                source.Process();
            }
            catch (Exception e) when (e is FormatException || e is EndOfStreamException)
            {
                truncated = true;
            }
        }

        return new TraceFacts(processId, modules, maps, truncated);
    }
}
