using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Reachability;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// Unbounded reflection acts on what it is handed (<see cref="ReflectionKind.HandedTypes"/>): a serializer handed a
/// <c>Settings</c>, a validator handed a <c>StockItem</c>, <c>DbContext</c>'s constructor handed the derived context.
/// Every member of each handed type runs, and of every live subtype of it (the object passed in may be one), now and
/// later; the types those members name in their signatures are handed too, as a serializer walks property types and
/// EF Core walks <c>DbSet&lt;Product&gt;</c>. Types of the reflecting library itself are followed through its IL, as
/// for the library boundary of the conservative rule.
/// </summary>
internal sealed class HandedTypesRule
{
    private const int MaxBaseTypeDepth = 64;

    private readonly LiveWorld _world;
    private readonly FactStore _store;
    private readonly ReflectionRule _reflection;
    private readonly List<(MethodNode Site, ReflectionSite Call)> _calls = new();
    private readonly Dictionary<string, List<int>> _callsByHandedType = new(System.StringComparer.Ordinal);
    private readonly LiveTypesByName _liveByName;
    private readonly HashSet<(int Call, ResolvedType Type)> _opened = new();
    private readonly Dictionary<ResolvedType, List<ResolvedType>> _signatureTypes = new();

    public HandedTypesRule(LiveWorld world, FactStore store, ReflectionRule reflection, LiveTypesByName liveByName)
    {
        _world = world;
        _store = store;
        _reflection = reflection;
        _liveByName = liveByName;
    }

    public void Start(MethodNode site, ReflectionSite call)
    {
        _liveByName.CatchUp();
        int index = _calls.Count;
        _calls.Add((site, call));
        foreach (var type in call.Types)
        {
            Open(index, type);
        }
    }

    /// <summary>A type handed to <paramref name="call"/> by another rule (a type its attributes name).</summary>
    public void Hand(ResolvedType type, MethodNode site, ReflectionSite call)
    {
        int index = _calls.FindIndex(c => c.Site == site && ReferenceEquals(c.Call, call));
        if (index >= 0)
        {
            Open(index, type);
        }
    }

    /// <summary>A new live type is opened for every call handed it or one of its ancestors.</summary>
    public void OnLive(ResolvedType type)
    {
        if (_calls.Count == 0)
        {
            return;
        }

        _liveByName.CatchUp();
        foreach (string name in NameAndAncestors(type))
        {
            if (_callsByHandedType.TryGetValue(name, out var calls))
            {
                // The calls known now: opening can append more (the list only grows), which open this type themselves.
                for (int i = 0, known = calls.Count; i < known; i++)
                {
                    Open(calls[i], type);
                }
            }
        }
    }

    private void Open(int index, ResolvedType type)
    {
        var (site, call) = _calls[index];
        bool reflectorsOwn = type.Assembly == call.Reflector && type.Assembly != _store.Context.Assemblies.Main;
        if (reflectorsOwn || !_opened.Add((index, type)))
        {
            return;
        }

        _reflection.ReachMembers(type, AccessedMembers.All, site, call);

        // The object handed in may be of any live subtype: those are opened now, and later ones as they become live.
        string name = type.Name.FullName;
        if (!_callsByHandedType.TryGetValue(name, out var calls))
        {
            calls = new List<int>();
            _callsByHandedType.Add(name, calls);
        }

        calls.Add(index);
        // The subtypes live now (the list only grows; later ones reach this call through OnLive).
        var subtypes = _liveByName.Of(name);
        for (int i = 0, known = subtypes.Count; i < known; i++)
        {
            Open(index, subtypes[i]);
        }

        foreach (var named in SignatureTypes(type))
        {
            Open(index, named);
        }
    }

    private IEnumerable<string> NameAndAncestors(ResolvedType type)
    {
        yield return type.Name.FullName;
        foreach (string ancestor in _store.Context.Hierarchy.Ancestors(type).FullNames)
        {
            yield return ancestor;
        }
    }

    /// <summary>
    /// The types with code named in the signatures of the type's members, and of its base types' members as far as they
    /// are in the same assembly: a base type from a library (DbContext, Exception) is that library's to reflect on.
    /// </summary>
    private List<ResolvedType> SignatureTypes(ResolvedType type)
    {
        if (_signatureTypes.TryGetValue(type, out var found))
        {
            return found;
        }

        found = new List<ResolvedType>();
        _signatureTypes.Add(type, found);
        var current = type;
        for (int depth = 0; current is { HasCode: true } && current.Assembly == type.Assembly && depth < MaxBaseTypeDepth; depth++)
        {
            var assembly = current.Assembly;
            var reader = assembly.Reader;
            var provider = assembly.Names.Provider;
            foreach (var handle in current.Definition.GetFields())
            {
                AddNamed(found, reader.GetFieldDefinition(handle).DecodeSignature(provider, null));
            }

            foreach (var handle in current.Definition.GetMethods())
            {
                var signature = reader.GetMethodDefinition(handle).DecodeSignature(provider, null);
                AddNamed(found, signature.ReturnType);
                foreach (var parameter in signature.ParameterTypes)
                {
                    AddNamed(found, parameter);
                }
            }

            current = _store.Context.Hierarchy.BaseType(current);
        }

        return found;
    }

    private void AddNamed(List<ResolvedType> found, DecodedType type)
    {
        foreach (var named in type.NamedTypes)
        {
            if (_store.Context.Types.Resolve(named) is { HasCode: true } resolved && !found.Contains(resolved))
            {
                found.Add(resolved);
            }
        }
    }
}
