using System;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace InitOrder.Tracing;

/// <summary>One compiled method's map from native code offsets back to IL offsets (the JIT's MethodILToNativeMap event).</summary>
public sealed class ILNativeMap
{
    private readonly int[] _il;
    private readonly int[] _native;

    public ILNativeMap(int[] ilOffsets, int[] nativeOffsets)
    {
        _il = ilOffsets;
        _native = nativeOffsets;
    }

    public static ILNativeMap From(MethodILToNativeMapTraceData data)
    {
        var il = new int[data.CountOfMapEntries];
        var native = new int[data.CountOfMapEntries];
        for (int i = 0; i < il.Length; i++)
        {
            il[i] = data.ILOffset(i);
            native[i] = data.NativeOffset(i);
        }

        return new ILNativeMap(il, native);
    }

    /// <summary>
    /// The IL offset of the instruction whose code holds <paramref name="nativeOffset"/>, or null. The prolog, epilog and
    /// unmapped regions have negative IL offsets in the map and give no answer.
    /// </summary>
    public int? ILOffsetAt(int nativeOffset)
    {
        int best = -1;
        for (int i = 0; i < _native.Length; i++)
        {
            if (_native[i] <= nativeOffset && _il[i] >= 0 && (best < 0 || _native[i] >= _native[best]))
            {
                best = i;
            }
        }

        return best < 0 ? null : _il[best];
    }

    public override string ToString() => string.Join(" ", Array.ConvertAll(_il, o => o.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
