using System;
using System.Reflection.Metadata;

namespace InitOrder.Analysis.Facts.Storage;

/// <summary>
/// The (token, opcode, constrained) triples one method scan has seen (see <see cref="MethodFactsBuilder"/>): an
/// open-addressing set whose slots carry the scan's stamp, so emptying it for the next method costs nothing.
/// Clearing a hash set per method cleared its whole table each time, a visible share of a big analysis.
/// </summary>
internal sealed class ScannedTokenSet
{
    private long[] _keys = new long[256];
    private int[] _stamps = new int[256];
    private int _stamp = 1;
    private int _count;

    public void Clear()
    {
        _count = 0;
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps, 0, _stamps.Length);
            _stamp = 1;
        }
    }

    /// <summary>True when the triple is new to this scan.</summary>
    public bool Add(int token, ILOpCode opCode, bool constrained)
    {
        // Two-byte opcodes are 0xFExx, so the opcode and the flag fit in the low 32 bits.
        long key = ((long)token << 32) | ((long)(ushort)opCode << 1) | (constrained ? 1L : 0L);
        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        if (!Insert(_keys, _stamps, key))
        {
            return false;
        }

        _count++;
        return true;
    }

    private bool Insert(long[] keys, int[] stamps, long key)
    {
        int mask = keys.Length - 1;
        int slot = Slot(key, mask);
        while (stamps[slot] == _stamp)
        {
            if (keys[slot] == key)
            {
                return false;
            }

            slot = (slot + 1) & mask;
        }

        keys[slot] = key;
        stamps[slot] = _stamp;
        return true;
    }

    private void Grow()
    {
        var keys = new long[_keys.Length * 2];
        var stamps = new int[_keys.Length * 2];
        for (int i = 0; i < _keys.Length; i++)
        {
            if (_stamps[i] == _stamp)
            {
                Insert(keys, stamps, _keys[i]);
            }
        }

        _keys = keys;
        _stamps = stamps;
    }

    // Fibonacci hashing spreads tokens of one table (which differ in their low bits only) over the slots.
    private static int Slot(long key, int mask) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 33) & mask;
}
