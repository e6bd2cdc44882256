using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Resolution;

/// <summary>
/// Finds the definition of a named type across the loaded assemblies, following type forwarders
/// and loading referenced assemblies on first use.
/// </summary>
internal sealed class TypeResolver
{
    // Forwarder chains are one or two hops in practice; the cap stops forwarding cycles.
    private const int MaxForwardingHops = 8;

    private readonly AssemblySet _assemblies;
    private readonly Dictionary<NamedType, ResolvedType?> _cache = new();

    public TypeResolver(AssemblySet assemblies)
    {
        _assemblies = assemblies;
    }

    public AssemblySet Assemblies => _assemblies;

    public ResolvedType? Resolve(NamedType type)
    {
        if (_cache.TryGetValue(type, out var known))
        {
            // A cold resolution would have asked for these: the cache's record of a scan must not depend on what ran before it.
            if (_assemblies.Requests is { } requests && type.AssemblyName is { } name)
            {
                requests.Add(name);
                if (known is not null)
                {
                    requests.Add(known.Assembly.Name);
                }
            }

            return known;
        }

        var resolved = Find(type);
        _cache.Add(type, resolved);
        return resolved;
    }

    /// <summary>Resolves the named definition behind a TypeDef, TypeRef or TypeSpec handle of <paramref name="context"/>.</summary>
    public ResolvedType? Resolve(LoadedAssembly context, EntityHandle typeHandle)
    {
        if (typeHandle.IsNil)
        {
            return null;
        }

        if (typeHandle.Kind == HandleKind.TypeDefinition)
        {
            return Resolve(context.Names.Get((TypeDefinitionHandle)typeHandle));
        }

        var definition = context.Names.Decode(typeHandle).Definition;
        return definition is null ? null : Resolve(definition);
    }

    private ResolvedType? Find(NamedType type)
    {
        string? assemblyName = type.AssemblyName;
        for (int hop = 0; assemblyName is not null && hop < MaxForwardingHops; hop++)
        {
            var assembly = _assemblies.Get(assemblyName);
            if (assembly is null)
            {
                return null;
            }

            if (assembly.FindType(type.FullName) is { } handle)
            {
                return new ResolvedType(assembly, handle);
            }

            assemblyName = assembly.FindForwarder(type.FullName);
        }

        return null;
    }
}
