using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Metadata;

/// <summary>
/// Names the types one assembly's metadata refers to, once per handle.
/// </summary>
internal sealed class TypeNameCache
{
    // Nesting deeper than this only happens in crafted metadata; stop instead of looping on a cycle.
    private const int MaxNesting = 64;

    private readonly LoadedAssembly _assembly;
    private readonly Dictionary<TypeDefinitionHandle, NamedType> _definitions = new();
    private readonly Dictionary<TypeReferenceHandle, NamedType> _references = new();
    private readonly Dictionary<TypeSpecificationHandle, DecodedType> _specifications = new();
    private readonly Dictionary<EntityHandle, DecodedType> _namedTokens = new();

    public TypeNameCache(LoadedAssembly assembly)
    {
        _assembly = assembly;
        Provider = new SignatureTypeProvider(this);
    }

    public SignatureTypeProvider Provider { get; }

    private MetadataReader Reader => _assembly.Reader;

    public NamedType Get(TypeDefinitionHandle handle)
    {
        if (!_definitions.TryGetValue(handle, out var named))
        {
            var type = Reader.GetTypeDefinition(handle);
            string name = _assembly.Strings.Get(type.Name);
            var outer = type;
            int depth = 0;
            while (outer.IsNested && depth++ < MaxNesting)
            {
                outer = Reader.GetTypeDefinition(outer.GetDeclaringType());
                name = _assembly.Strings.Get(outer.Name) + "+" + name;
            }

            named = new NamedType(_assembly.Strings.Get(outer.Namespace), name, _assembly.Name);
            _definitions.Add(handle, named);
        }

        return named;
    }

    public NamedType Get(TypeReferenceHandle handle)
    {
        if (!_references.TryGetValue(handle, out var named))
        {
            var reference = Reader.GetTypeReference(handle);
            string name = _assembly.Strings.Get(reference.Name);
            int depth = 0;
            while (reference.ResolutionScope.Kind == HandleKind.TypeReference && depth++ < MaxNesting)
            {
                reference = Reader.GetTypeReference((TypeReferenceHandle)reference.ResolutionScope);
                name = _assembly.Strings.Get(reference.Name) + "+" + name;
            }

            named = new NamedType(_assembly.Strings.Get(reference.Namespace), name, ScopeAssemblyName(reference.ResolutionScope));
            _references.Add(handle, named);
        }

        return named;
    }

    /// <summary>Decodes a TypeDef, TypeRef or TypeSpec token; the same handle always gives the same object.</summary>
    public DecodedType Decode(EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
            case HandleKind.TypeReference:
                if (!_namedTokens.TryGetValue(handle, out var named))
                {
                    named = DecodedType.Named(handle.Kind == HandleKind.TypeDefinition ? Get((TypeDefinitionHandle)handle) : Get((TypeReferenceHandle)handle));
                    _namedTokens.Add(handle, named);
                }

                return named;
            case HandleKind.TypeSpecification:
                var specHandle = (TypeSpecificationHandle)handle;
                if (!_specifications.TryGetValue(specHandle, out var decoded))
                {
                    decoded = Provider.DecodeSpecification(Reader, specHandle);
                    _specifications.Add(specHandle, decoded);
                }

                return decoded;
            default:
                throw new BadImageFormatException("Expected a type token but found " + handle.Kind + ".");
        }
    }

    private string? ScopeAssemblyName(EntityHandle scope)
    {
        switch (scope.Kind)
        {
            case HandleKind.AssemblyReference:
                return _assembly.Strings.Get(Reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
            case HandleKind.ModuleDefinition:
            case HandleKind.ModuleReference:
                return _assembly.Name;
            default:
                // A nil scope means "look in the ExportedType table"; the type then lives in this assembly's manifest.
                return _assembly.Name;
        }
    }
}
