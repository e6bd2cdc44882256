using System;
using System.Collections.Generic;
using System.Reflection;
using InitOrder.Analysis.Reachability;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// A virtual method found by reflection runs its override when invoked on an object of a derived type
/// (<c>typeof(Shape).GetMethod("Area").Invoke(circle, null)</c> runs <c>Circle.Area</c>). Since invoking reaches only what
/// the lookup found, the lookup reaches the overrides too: the methods of that name (an explicit implementation's
/// <c>IShape.Area</c> included) in every live type deriving from the declaring type, now and as types become live, as
/// ILLink keeps the overrides of a kept virtual method on instantiated types.
/// </summary>
internal sealed class ReflectedOverrides
{
    private readonly ReflectionRule _reflection;
    private readonly TypeHierarchy _hierarchy;
    // Found virtuals by their declaring type's full name: a type that becomes live looks up its ancestors only, not
    // every virtual found (EF Core finds hundreds while thousands of types become live).
    private readonly Dictionary<string, List<(ResolvedType Declaring, string Name, MethodNodeSite Site)>> _virtualsByDeclaring = new(StringComparer.Ordinal);
    private readonly HashSet<(ResolvedType, string)> _known = new();
    // A found virtual looks at the live types deriving from its declaring type only, not at every live type (EF Core:
    // thousands); the index is kept up to date from the first find on.
    private readonly LiveTypesByName _liveByName;
    private bool _anyFound;

    public ReflectedOverrides(ReflectionRule reflection, TypeHierarchy hierarchy, LiveTypesByName liveByName)
    {
        _reflection = reflection;
        _hierarchy = hierarchy;
        _liveByName = liveByName;
    }

    /// <summary>Reflection found the virtual <paramref name="method"/> (abstract or not): its overrides in live types count from now on.</summary>
    public void OnFound(ResolvedMethod method, Facts.MethodNode site, ReflectionSite call)
    {
        var definition = method.DeclaringType.Assembly.Reader.GetMethodDefinition(method.Handle);
        string name = method.DeclaringType.Assembly.Strings.Get(definition.Name);
        if (!_known.Add((method.DeclaringType, name)))
        {
            return;
        }

        var entry = (method.DeclaringType, name, new MethodNodeSite(site, call));
        string declaring = method.DeclaringType.Name.FullName;
        if (!_virtualsByDeclaring.TryGetValue(declaring, out var entries))
        {
            entries = new List<(ResolvedType, string, MethodNodeSite)>();
            _virtualsByDeclaring.Add(declaring, entries);
        }

        entries.Add(entry);
        _anyFound = true;
        _liveByName.CatchUp();

        // By index: reaching an override can make more types live, which OnLive appends here.
        var subtypes = _liveByName.Of(declaring);
        for (int i = 0; i < subtypes.Count; i++)
        {
            Reach(subtypes[i], entry);
        }
    }

    /// <summary>A type became live: the overrides it declares of virtual methods reflection found.</summary>
    public void OnLive(ResolvedType type)
    {
        if (!_anyFound)
        {
            // Nothing found yet; the first find catches the index up with every live type.
            return;
        }

        _liveByName.CatchUp();

        foreach (string ancestor in _hierarchy.Ancestors(type).FullNames)
        {
            if (_virtualsByDeclaring.TryGetValue(ancestor, out var entries))
            {
                // By index: an override reached here is virtual too and may add entries.
                for (int i = 0; i < entries.Count; i++)
                {
                    Reach(type, entries[i]);
                }
            }
        }
    }

    private void Reach(ResolvedType type, (ResolvedType Declaring, string Name, MethodNodeSite Site) entry)
    {
        if (type.Equals(entry.Declaring) || !_hierarchy.Ancestors(type).Contains(entry.Declaring.Name.FullName))
        {
            return;
        }

        var methods = new List<ResolvedMethod>();
        var reader = type.Assembly.Reader;
        foreach (var handle in type.Definition.GetMethods())
        {
            var definition = reader.GetMethodDefinition(handle);
            string name = type.Assembly.Strings.Get(definition.Name);
            if (definition.RelativeVirtualAddress != 0 && (definition.Attributes & MethodAttributes.Virtual) != 0 &&
                IsNamed(name, entry.Name))
            {
                methods.Add(new ResolvedMethod(type, handle));
            }
        }

        if (methods.Count > 0)
        {
            _reflection.ReachOverrides(type, methods, entry.Site.Site, entry.Site.Call);
        }
    }

    /// <summary>The method's own name, or an explicit implementation's <c>Ns.IShape.Area</c>, without building a string.</summary>
    private static bool IsNamed(string name, string wanted) =>
        name == wanted || (name.Length > wanted.Length && name[name.Length - wanted.Length - 1] == '.' && name.EndsWith(wanted, StringComparison.Ordinal));

    private sealed record MethodNodeSite(Facts.MethodNode Site, ReflectionSite Call);
}
