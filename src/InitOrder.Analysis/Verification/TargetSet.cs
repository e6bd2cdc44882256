using System;
using System.Collections.Generic;
using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// Types (any instantiation of a generic one) and assemblies that must not be reached, with the lookups a
/// search makes for every mention and every reached method.
/// </summary>
internal sealed class TargetSet
{
    private readonly IReadOnlyList<string> _typeList;
    private readonly IReadOnlyList<string> _assemblyList;
    private readonly HashSet<string> _types = new(StringComparer.Ordinal);
    private readonly HashSet<string> _assemblies = new(StringComparer.OrdinalIgnoreCase);

    public TargetSet(IReadOnlyList<string> types, IReadOnlyList<string> assemblies)
    {
        _typeList = types;
        _assemblyList = assemblies;
        foreach (string type in types)
        {
            _types.Add(type);
        }

        foreach (string assembly in assemblies)
        {
            _assemblies.Add(assembly);
        }
    }

    public bool IsEmpty => _types.Count == 0 && _assemblies.Count == 0;

    /// <summary>The target types' full names, as given.</summary>
    public IReadOnlyList<string> Types => _typeList;

    /// <summary>The target assemblies' simple names, as given.</summary>
    public IReadOnlyList<string> Assemblies => _assemblyList;

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

    /// <summary>Position of a target in the lists (types first), for stable report order.</summary>
    public int IndexOf(Target target)
    {
        var list = target.IsAssembly ? _assemblyList : _typeList;
        for (int i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], target.Name, target.IsAssembly ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                return target.IsAssembly ? _typeList.Count + i : i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>The spelling used in the list, so messages repeat what the user wrote.</summary>
    private string CanonicalAssemblyName(string name)
    {
        foreach (string assembly in _assemblyList)
        {
            if (string.Equals(assembly, name, StringComparison.OrdinalIgnoreCase))
            {
                return assembly;
            }
        }

        return name;
    }
}
