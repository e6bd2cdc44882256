using System;
using System.Collections.Generic;
using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// Types (any instantiation of a generic one) and assemblies that must not be reached, as a patch names them (see <see cref="TargetIndex"/>
/// for the lookups a marking makes).
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

    /// <summary>Reaching code defined in a target assembly is a hit even when nothing named it (dispatch, callbacks, initializers).</summary>
    public Target? HitByDefinition(MethodNode method) =>
        _assemblies.Contains(method.Assembly.Name) ? AssemblyTarget(method.Assembly.Name) : null;

    /// <summary>A target assembly as this set spells it, so messages repeat what the user wrote.</summary>
    public Target AssemblyTarget(string name) => new(CanonicalAssemblyName(name), isAssembly: true);

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
