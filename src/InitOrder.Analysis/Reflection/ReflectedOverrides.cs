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
    private readonly List<(ResolvedType Declaring, string Name, MethodNodeSite Site)> _virtuals = new();
    private readonly HashSet<(ResolvedType, string)> _known = new();

    public ReflectedOverrides(ReflectionRule reflection, TypeHierarchy hierarchy)
    {
        _reflection = reflection;
        _hierarchy = hierarchy;
    }

    /// <summary>Reflection found the virtual <paramref name="method"/> (abstract or not): its overrides in live types count from now on.</summary>
    public void OnFound(ResolvedMethod method, Facts.MethodNode site, ReflectionSite call, IReadOnlyList<ResolvedType> live)
    {
        var definition = method.DeclaringType.Assembly.Reader.GetMethodDefinition(method.Handle);
        string name = method.DeclaringType.Assembly.Strings.Get(definition.Name);
        if (!_known.Add((method.DeclaringType, name)))
        {
            return;
        }

        var entry = (method.DeclaringType, name, new MethodNodeSite(site, call));
        _virtuals.Add(entry);
        for (int i = 0; i < live.Count; i++)
        {
            Reach(live[i], entry);
        }
    }

    /// <summary>A type became live: the overrides it declares of virtual methods reflection found.</summary>
    public void OnLive(ResolvedType type)
    {
        // By index: an override reached here is virtual too and may add entries.
        for (int i = 0; i < _virtuals.Count; i++)
        {
            Reach(type, _virtuals[i]);
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
                (name == entry.Name || name.EndsWith("." + entry.Name, StringComparison.Ordinal)))
            {
                methods.Add(new ResolvedMethod(type, handle));
            }
        }

        if (methods.Count > 0)
        {
            _reflection.ReachOverrides(type, methods, entry.Site.Site, entry.Site.Call);
        }
    }

    private sealed record MethodNodeSite(Facts.MethodNode Site, ReflectionSite Call);
}
