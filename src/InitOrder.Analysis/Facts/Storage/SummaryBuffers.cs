using System.Collections.Generic;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts.Storage;

/// <summary>
/// The lists a <see cref="TokenSummary"/> is built in (it copies what it keeps), reused for every token, and the
/// interning of its assembly lists.
/// </summary>
internal sealed class SummaryBuffers
{
    private readonly Dictionary<string, string[]> _singleAssemblies = new(System.StringComparer.Ordinal);
    private readonly List<MentionTemplate> _mentions = new();
    private readonly List<string> _assemblies = new();
    private readonly List<NamedType> _handedOut = new();

    /// <summary>Three empty lists a summary is built in; one set, reused for every token.</summary>
    public (List<MentionTemplate> Mentions, List<string> Assemblies, List<NamedType> HandedOut) Clear()
    {
        _mentions.Clear();
        _assemblies.Clear();
        _handedOut.Clear();
        return (_mentions, _assemblies, _handedOut);
    }

    /// <summary>
    /// The assembly names of a summary as an exact array, one shared array per single name: nearly every token
    /// names types of one or two assemblies, and a big library has hundreds of thousands of tokens.
    /// </summary>
    public IReadOnlyList<string> AssemblyList(List<string> names)
    {
        if (names.Count != 1)
        {
            return names.Count == 0 ? System.Array.Empty<string>() : names.ToArray();
        }

        if (!_singleAssemblies.TryGetValue(names[0], out var list))
        {
            list = new[] { names[0] };
            _singleAssemblies.Add(names[0], list);
        }

        return list;
    }
}
