using System;
using System.Collections.Generic;

namespace InitOrder.Analysis.Facts.Storage;

/// <summary>
/// One growing array holding the packed edges (or mentions) of every method, each method owning a range. A big
/// graph then is a handful of large arrays of plain numbers instead of two small arrays per method, which the
/// garbage collector neither traces nor copies from generation to generation.
/// </summary>
internal sealed class PackedStore<T>
    where T : struct
{
    private T[] _items = new T[1024];

    public int Count { get; private set; }

    /// <summary>
    /// The current array. Ranges already appended never change, so an array read earlier stays valid for them
    /// after the store has grown into a new one.
    /// </summary>
    public T[] Items => _items;

    /// <summary>Appends <paramref name="items"/> and returns where they start.</summary>
    public int Append(List<T> items)
    {
        int start = Count;
        if (Count + items.Count > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(Count + items.Count, _items.Length * 2));
        }

        items.CopyTo(_items, start);
        Count += items.Count;
        return start;
    }
}
