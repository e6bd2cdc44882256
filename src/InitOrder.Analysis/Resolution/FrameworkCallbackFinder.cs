using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Resolution;

/// <summary>
/// The methods of a type that code outside the followed assemblies may call back once it has an
/// instance (or a type handle): virtual methods that override or implement a member declared outside
/// followed code. This is how async state machines' MoveNext, iterators, ToString overrides and
/// Dispose implementations become reachable without a visible call.
/// </summary>
internal sealed class FrameworkCallbackFinder
{
    private const int MaxBaseTypeDepth = 64;

    private readonly TypeHierarchy _hierarchy;
    private readonly TypeResolver _types;
    private readonly OverrideResolution _overrides;
    private readonly Dictionary<ResolvedType, List<ResolvedMethod>> _cache = new();

    // Per declaring class: a class is the base of many types, and each used to read its methods again.
    private readonly Dictionary<ResolvedType, VirtualMethodEntry[]> _virtualMethods = new();

    public FrameworkCallbackFinder(TypeHierarchy hierarchy, TypeResolver types, OverrideResolution overrides)
    {
        _hierarchy = hierarchy;
        _types = types;
        _overrides = overrides;
    }

    public IReadOnlyList<ResolvedMethod> Find(ResolvedType type)
    {
        if (!_cache.TryGetValue(type, out var callbacks))
        {
            callbacks = type.HasCode ? Collect(type) : new List<ResolvedMethod>();
            _cache.Add(type, callbacks);
        }

        return callbacks;
    }

    private List<ResolvedMethod> Collect(ResolvedType type)
    {
        var result = new List<ResolvedMethod>();
        var (interfaceMethodNames, unknownInterfaces) = ExternalInterfaceMethodNames(type);
        var current = type;
        for (int depth = 0; current is not null && current.HasCode && depth < MaxBaseTypeDepth; depth++)
        {
            var reader = current.Assembly.Reader;
            foreach (var method in VirtualMethodsOf(current))
            {
                if (!method.HasBody)
                {
                    continue;
                }

                bool include = !method.IsNewSlot
                    ? !(method.OverridesFollowedSlot ??= OverridesFollowedMethod(current, method.Name, method.Shape))
                    : unknownInterfaces || interfaceMethodNames.Contains(method.Name);
                // A base class's override that a class nearer the type replaces never runs on it.
                if (include && !(depth > 0 && _overrides.IsReplacedIn(type, current, method.Handle)))
                {
                    result.Add(new ResolvedMethod(current, method.Handle));
                }
            }

            foreach (var implHandle in current.Definition.GetMethodImplementations())
            {
                var implementation = reader.GetMethodImplementation(implHandle);
                var declaration = MethodDeclarationName.Read(current.Assembly, implementation.MethodDeclaration);
                bool external = declaration is not null && _types.Resolve(declaration.Value.Type) is not { HasCode: true };
                if (external && implementation.MethodBody.Kind == HandleKind.MethodDefinition)
                {
                    result.Add(new ResolvedMethod(current, (MethodDefinitionHandle)implementation.MethodBody));
                }
            }

            current = _hierarchy.BaseType(current);
        }

        return result;
    }

    /// <summary>
    /// True when the slot this override fills was introduced in followed code: calls to it are then
    /// visible callvirts, which dispatch already covers.
    /// </summary>
    private bool OverridesFollowedMethod(ResolvedType type, string name, SignatureShape shape)
    {
        var current = _hierarchy.BaseType(type);
        for (int depth = 0; current is not null && current.HasCode && depth < MaxBaseTypeDepth; depth++)
        {
            foreach (var method in VirtualMethodsOf(current))
            {
                if (method.IsNewSlot && method.Name == name && method.Shape.Matches(shape))
                {
                    return true;
                }
            }

            current = _hierarchy.BaseType(current);
        }

        return false;
    }

    /// <summary>The virtual methods a class declares, in metadata order, read once per class.</summary>
    private VirtualMethodEntry[] VirtualMethodsOf(ResolvedType type)
    {
        if (!_virtualMethods.TryGetValue(type, out var entries))
        {
            var list = new List<VirtualMethodEntry>();
            var reader = type.Assembly.Reader;
            foreach (var handle in type.Definition.GetMethods())
            {
                var method = reader.GetMethodDefinition(handle);
                if ((method.Attributes & MethodAttributes.Virtual) != 0)
                {
                    list.Add(new VirtualMethodEntry(handle, type.Assembly.Strings.Get(method.Name), SignatureShape.Read(reader, method.Signature),
                        (method.Attributes & MethodAttributes.NewSlot) != 0, method.RelativeVirtualAddress != 0));
                }
            }

            entries = list.ToArray();
            _virtualMethods.Add(type, entries);
        }

        return entries;
    }

    /// <summary>Method names of the type's interfaces outside followed code; "unknown" when an interface's metadata is missing.</summary>
    private (HashSet<string> Names, bool Unknown) ExternalInterfaceMethodNames(ResolvedType type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        bool unknown = false;
        foreach (var ancestor in _hierarchy.Ancestors(type).External)
        {
            if (ancestor.Definition is null && !TypeHierarchy.IsUniversalRoot(ancestor.Name.FullName))
            {
                // Could be an interface; without its metadata any newslot method might implement it.
                unknown = true;
                continue;
            }

            if (ancestor.Definition is null || !ancestor.Definition.IsInterface)
            {
                continue;
            }

            var reader = ancestor.Definition.Assembly.Reader;
            foreach (var handle in ancestor.Definition.Definition.GetMethods())
            {
                names.Add(ancestor.Definition.Assembly.Strings.Get(reader.GetMethodDefinition(handle).Name));
            }
        }

        return (names, unknown);
    }
}
