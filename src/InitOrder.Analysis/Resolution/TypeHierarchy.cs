using System;
using System.Collections.Generic;
using System.Reflection.Metadata;

namespace InitOrder.Analysis.Resolution;

/// <summary>
/// Base types and interfaces, walked with a worklist (never recursion) and cached per type.
/// Reference assemblies count here: their metadata describes the hierarchy even without code.
/// </summary>
internal sealed class TypeHierarchy
{
    // Types at the root of every hierarchy: when the core library is not among the references, missing
    // them must not make every type's ancestry "incomplete".
    private static readonly HashSet<string> s_roots = new(StringComparer.Ordinal) { "System.Object", "System.ValueType", "System.Enum" };

    private readonly TypeResolver _types;
    private readonly Dictionary<ResolvedType, AncestorSet> _cache = new();

    public TypeHierarchy(TypeResolver types)
    {
        _types = types;
    }

    /// <summary>True for System.Object, System.ValueType and System.Enum, whose own ancestry is known without metadata.</summary>
    public static bool IsUniversalRoot(string fullName) => s_roots.Contains(fullName);

    public ResolvedType? BaseType(ResolvedType type) => _types.Resolve(type.Assembly, type.Definition.BaseType);

    /// <summary>Structs and enums, by their base type's name; <see cref="Facts.TypeFacts.IsValueType"/> keeps the answers.</summary>
    public static bool IsValueType(ResolvedType type)
    {
        var baseType = type.Definition.BaseType;
        string? baseName = baseType.IsNil ? null : type.Assembly.Names.Decode(baseType).Definition?.FullName;
        return baseName == "System.ValueType" || baseName == "System.Enum";
    }

    public AncestorSet Ancestors(ResolvedType type)
    {
        if (_cache.TryGetValue(type, out var known))
        {
            return known;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var external = new List<ExternalAncestor>();
        bool complete = true;
        var visited = new HashSet<ResolvedType> { type };
        var work = new Queue<ResolvedType>();
        work.Enqueue(type);
        while (work.Count > 0)
        {
            var current = work.Dequeue();
            foreach (var parent in DirectParents(current))
            {
                var name = current.Assembly.Names.Decode(parent).Definition;
                if (name is null || !names.Add(name.FullName))
                {
                    continue;
                }

                var resolved = _types.Resolve(name);
                if (resolved is null || !resolved.HasCode)
                {
                    external.Add(new ExternalAncestor(name, resolved));
                    complete &= resolved is not null || s_roots.Contains(name.FullName);
                }

                if (resolved is not null && visited.Add(resolved))
                {
                    work.Enqueue(resolved);
                }
            }
        }

        var set = new AncestorSet(names, external, complete);
        _cache.Add(type, set);
        return set;
    }

    private static IEnumerable<EntityHandle> DirectParents(ResolvedType type)
    {
        var definition = type.Definition;
        if (!definition.BaseType.IsNil)
        {
            yield return definition.BaseType;
        }

        foreach (var handle in definition.GetInterfaceImplementations())
        {
            yield return type.Assembly.Reader.GetInterfaceImplementation(handle).Interface;
        }
    }
}
