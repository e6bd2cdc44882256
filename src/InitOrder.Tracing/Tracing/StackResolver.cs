using System.Collections.Generic;
using System.Linq;
using InitOrder.Tracing.Metadata;

namespace InitOrder.Tracing;

/// <summary>
/// Turns the code addresses of a stack into methods and source lines: the address falls in the native code of a
/// compilation the trace recorded, its IL-to-native map gives the IL offset, and the PDB gives the line.
/// </summary>
public sealed class StackResolver
{
    private readonly JitTrace _trace;
    private readonly AssemblyCatalog _catalog;
    private readonly JitEvent[] _compiled;

    public StackResolver(JitTrace trace, AssemblyCatalog catalog)
    {
        _trace = trace;
        _catalog = catalog;
        _compiled = trace.Events.Where(e => e.Kind == JitEventKind.Finished && e.CodeSize > 0).OrderBy(e => e.CodeStart).ToArray();
    }

    /// <summary>
    /// The managed frames of a stack, innermost first. The runtime's own frames are left out: addresses outside
    /// compiled code (native) and its managed helpers (<see cref="RuntimeHelperFrames"/>).
    /// </summary>
    public IReadOnlyList<TraceFrame> Resolve(IReadOnlyList<ulong> stack)
    {
        var frames = new List<TraceFrame>();
        foreach (ulong address in stack)
        {
            // Every frame but the innermost is a return address, which may already be the next instruction's.
            var code = Find(address - 1);
            if (code is null || RuntimeHelperFrames.IsHelper(code.Key, code.TypeName))
            {
                continue;
            }

            SourceLine? line = null;
            if (_trace.ILMaps.TryGetValue(code.Index, out var map) && map.ILOffsetAt((int)(address - 1 - code.CodeStart)) is { } ilOffset)
            {
                line = LineOf(code.Key, ilOffset);
            }

            frames.Add(new TraceFrame(code.Key, code.TypeName, code.MethodName, line));
        }

        return frames;
    }

    /// <summary>The source line of an IL offset of a method the trace names, or null without a readable PDB.</summary>
    public SourceLine? LineOf(MethodKey method, int ilOffset)
    {
        if (method.ModulePath.Length == 0 || method.Token == 0 || !System.IO.File.Exists(method.ModulePath))
        {
            return null;
        }

        return _catalog[method.ModulePath].LineOf(method.Token, ilOffset);
    }

    private JitEvent? Find(ulong address)
    {
        int low = 0;
        int high = _compiled.Length - 1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            var code = _compiled[middle];
            if (address < code.CodeStart)
            {
                high = middle - 1;
            }
            else if (code.CodeContains(address))
            {
                return code;
            }
            else
            {
                low = middle + 1;
            }
        }

        return null;
    }
}
