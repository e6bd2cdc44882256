using System.Collections.Generic;

namespace InitOrder.Tracing;

/// <summary>
/// Pairs each IL-to-native map with the compilation it describes. The runtime writes the map next to the method's
/// load event, so each map belongs to the nearest load of the same method id that has none yet.
/// </summary>
internal sealed class ILMapCollector
{
    private readonly Dictionary<long, int> _unmappedLoad = new();
    private readonly Dictionary<long, ILNativeMap> _unclaimedMap = new();

    public Dictionary<int, ILNativeMap> ByEvent { get; } = new();

    public void Finished(long methodId, int eventIndex)
    {
        if (_unclaimedMap.TryGetValue(methodId, out var map))
        {
            _unclaimedMap.Remove(methodId);
            ByEvent[eventIndex] = map;
        }
        else
        {
            _unmappedLoad[methodId] = eventIndex;
        }
    }

    public void Map(long methodId, ILNativeMap map)
    {
        if (_unmappedLoad.TryGetValue(methodId, out int eventIndex))
        {
            _unmappedLoad.Remove(methodId);
            ByEvent[eventIndex] = map;
        }
        else
        {
            _unclaimedMap[methodId] = map;
        }
    }
}
