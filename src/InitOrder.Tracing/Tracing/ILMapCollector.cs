using System.Collections.Generic;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace InitOrder.Tracing;

/// <summary>
/// Reads the IL-to-native maps of a trace, keyed by the compiled code they describe (method id and code address).
/// TraceLog keeps these events to itself, so they come from a separate pass over the file; the runtime writes each map
/// right after its method's load event, on the same thread.
/// </summary>
internal static class ILMapCollector
{
    public static Dictionary<(long MethodId, ulong CodeStart), ILNativeMap> Read(string nettracePath)
    {
        var maps = new Dictionary<(long, ulong), ILNativeMap>();
        var lastLoad = new Dictionary<(int Thread, long MethodId), ulong>();
        using var source = new EventPipeEventSource(nettracePath);
        source.Clr.MethodLoadVerbose += loaded => lastLoad[(loaded.ThreadID, loaded.MethodID)] = loaded.MethodStartAddress;
        source.Clr.MethodILToNativeMap += map =>
        {
            if (lastLoad.TryGetValue((map.ThreadID, map.MethodID), out ulong start))
            {
                maps[(map.MethodID, start)] = ILNativeMap.From(map);
            }
        };
        source.Process();
        return maps;
    }
}
