using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// A constant-name lookup on a Type of unknown origin (<see cref="NameLookup"/>): the members of that name of every live
/// or mentioned type, now and later, and nothing else; a type's static constructor only where the lookup finds something
/// in it (<see cref="ReflectedMembers.Select"/>). A library's own types are followed through its IL, as for the other
/// unbounded rules.
/// </summary>
internal sealed class NameLookupRule
{
    private const int MaxBaseTypeDepth = 64;

    private readonly FactStore _store;
    private readonly ReflectionRule _rule;
    private readonly StartedCalls<NameLookup> _lookups;
    private readonly HashSet<(ResolvedType, NameLookup)> _opened = new();

    // Per type, the names its own methods, properties, events and fields answer to: most types have no member of a
    // looked-up name, and this answers that without reading every method again for every lookup.
    private readonly Dictionary<ResolvedType, HashSet<string>> _names = new();

    public NameLookupRule(FactStore store, ReflectionRule rule)
    {
        _store = store;
        _rule = rule;
        _lookups = new StartedCalls<NameLookup>(store.Context.Assemblies.Main, (type, site, call, lookup) => Open(type, lookup, site, call));
    }

    public bool IsStarted => _lookups.IsStarted;

    /// <summary>A lookup reached at <paramref name="site"/>: applied to the types live or mentioned so far, and to later ones by <see cref="Open"/>.</summary>
    public void Start(MethodNode site, ReflectionSite call, NameLookup lookup, IReadOnlyList<ResolvedType> liveAndMentioned)
    {
        if (lookup.Members != AccessedMembers.None)
        {
            _lookups.Start(site, call, lookup, liveAndMentioned);
        }
    }

    /// <summary>A type that became live or mentioned: every lookup started so far applies to it.</summary>
    public void Open(ResolvedType type) => _lookups.Open(type);

    private void Open(ResolvedType type, NameLookup lookup, MethodNode site, ReflectionSite call)
    {
        if (type.Assembly == site.Assembly && site.Assembly != _store.Context.Assemblies.Main || !_opened.Add((type, lookup)) ||
            lookup.Name is { } name && !AnswersTo(type, name))
        {
            return;
        }

        var virtuals = new List<ResolvedMethod>();
        var (methods, constructs) = ReflectedMembers.Select(_store.Context.Hierarchy, type, lookup.Members, includeStaticConstructor: true, lookup.On(type), virtuals);
        if (methods.Count == 0 && virtuals.Count == 0)
        {
            return;
        }

        _rule.ReachFound(type, methods, constructs, virtuals, site, call);
    }

    /// <summary>Whether the type or a base type with code declares a member the name can find.</summary>
    private bool AnswersTo(ResolvedType type, string name)
    {
        var current = type;
        for (int depth = 0; current is { HasCode: true } && depth < MaxBaseTypeDepth; depth++)
        {
            if (NamesOf(current).Contains(name))
            {
                return true;
            }

            current = _store.Context.Hierarchy.BaseType(current);
        }

        return false;
    }

    private HashSet<string> NamesOf(ResolvedType type)
    {
        if (!_names.TryGetValue(type, out var names))
        {
            names = new HashSet<string>(System.StringComparer.Ordinal);
            var reader = type.Assembly.Reader;
            foreach (var handle in type.Definition.GetMethods())
            {
                // get_Name, set_Name, add_Name and remove_Name answer to Name too (see ReflectedMembers.Matches).
                string method = type.Assembly.Strings.Get(reader.GetMethodDefinition(handle).Name);
                names.Add(method);
                int underscore = method.IndexOf('_');
                if (underscore > 0)
                {
                    names.Add(method.Substring(underscore + 1));
                }
            }

            foreach (var handle in type.Definition.GetFields())
            {
                names.Add(type.Assembly.Strings.Get(reader.GetFieldDefinition(handle).Name));
            }

            _names.Add(type, names);
        }

        return names;
    }
}
