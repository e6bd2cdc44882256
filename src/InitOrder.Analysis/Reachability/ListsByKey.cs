using System.Collections.Generic;

namespace InitOrder.Analysis.Reachability;

/// <summary>The rules' indexes are lists by key (by type name, by guard, by writer): the list of a key, made on first use.</summary>
internal static class ListsByKey
{
    public static List<TValue> ListOf<TKey, TValue>(this Dictionary<TKey, List<TValue>> lists, TKey key)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            list = new List<TValue>();
            lists.Add(key, list);
        }

        return list;
    }
}
