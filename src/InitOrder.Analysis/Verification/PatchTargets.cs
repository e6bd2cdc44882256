using System;
using System.Collections.Generic;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Graph;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// What a patch protects: its target types (any instantiation of a generic target) and every type
/// and method of its target assemblies.
/// </summary>
internal sealed class PatchTargets
{
    private readonly HashSet<string> _types = new(StringComparer.Ordinal);
    private readonly HashSet<string> _assemblies = new(StringComparer.OrdinalIgnoreCase);

    public PatchTargets(DiscoveredPatch patch)
    {
        Patch = patch;
        foreach (string type in patch.Attribute.Targets)
        {
            _types.Add(type);
        }

        foreach (string assembly in patch.Attribute.Assemblies)
        {
            _assemblies.Add(assembly);
        }
    }

    public DiscoveredPatch Patch { get; }

    /// <summary>The target a mention hits (a type full name or an assembly name), if any, in attribute order.</summary>
    public IEnumerable<Target> Hits(Mention mention)
    {
        if (!mention.IsSignatureOnly && _types.Contains(mention.Type.FullName))
        {
            yield return new Target(mention.Type.FullName, isAssembly: false);
        }

        if (mention.Type.AssemblyName is { } assembly && _assemblies.Contains(assembly))
        {
            yield return new Target(CanonicalAssemblyName(assembly), isAssembly: true);
        }
    }

    /// <summary>Reaching code defined in a target assembly is a hit even when nothing named it (dispatch, callbacks, initializers).</summary>
    public Target? HitByDefinition(MethodNode method) =>
        _assemblies.Contains(method.Assembly.Name) ? new Target(CanonicalAssemblyName(method.Assembly.Name), isAssembly: true) : null;

    /// <summary>Position of a target in the attribute, for stable report order.</summary>
    public int IndexOf(Target target)
    {
        var list = target.IsAssembly ? Patch.Attribute.Assemblies : Patch.Attribute.Targets;
        for (int i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], target.Name, target.IsAssembly ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                return target.IsAssembly ? Patch.Attribute.Targets.Count + i : i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>The spelling used in the attribute, so messages repeat what the user wrote.</summary>
    private string CanonicalAssemblyName(string name)
    {
        foreach (string assembly in Patch.Attribute.Assemblies)
        {
            if (string.Equals(assembly, name, StringComparison.OrdinalIgnoreCase))
            {
                return assembly;
            }
        }

        return name;
    }
}
