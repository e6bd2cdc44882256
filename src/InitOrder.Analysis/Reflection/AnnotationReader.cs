using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// Reads [DynamicallyAccessedMembers] and [RequiresUnreferencedCode] the way the trimmer does, once per method.
/// Most methods carry neither, and answer with the shared <see cref="CalleeAnnotations.None"/>.
/// </summary>
internal sealed class AnnotationReader
{
    public const string DynamicallyAccessedMembersAttribute = "System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembersAttribute";
    public const string RequiresUnreferencedCodeAttribute = "System.Diagnostics.CodeAnalysis.RequiresUnreferencedCodeAttribute";

    private readonly Dictionary<(LoadedAssembly, MethodDefinitionHandle), CalleeAnnotations> _methods = new();
    private readonly Dictionary<(LoadedAssembly, TypeDefinitionHandle), bool> _typesRequiringUnreferencedCode = new();
    private readonly Dictionary<LoadedAssembly, bool> _assembliesWithAnnotations = new();
    private readonly Dictionary<(LoadedAssembly, TypeDefinitionHandle, string), AccessedMembers> _fields = new();

    public CalleeAnnotations Of(ResolvedMethod method)
    {
        if (!MayHaveAnnotations(method.DeclaringType.Assembly))
        {
            return CalleeAnnotations.None;
        }

        var key = (method.DeclaringType.Assembly, method.Handle);
        if (!_methods.TryGetValue(key, out var annotations))
        {
            annotations = Read(method);
            _methods.Add(key, annotations);
        }

        return annotations;
    }

    /// <summary>
    /// An assembly whose metadata names neither attribute carries none of them: most assemblies of a big analysis, and
    /// one look at its type names spares reading the attributes of every method it declares.
    /// </summary>
    private bool MayHaveAnnotations(LoadedAssembly assembly)
    {
        if (!_assembliesWithAnnotations.TryGetValue(assembly, out bool may))
        {
            var reader = assembly.Reader;
            foreach (var handle in reader.TypeReferences)
            {
                may |= IsAnnotationName(reader, reader.GetTypeReference(handle).Name);
            }

            foreach (var handle in reader.TypeDefinitions)
            {
                may |= IsAnnotationName(reader, reader.GetTypeDefinition(handle).Name);
            }

            _assembliesWithAnnotations.Add(assembly, may);
        }

        return may;
    }

    private static bool IsAnnotationName(MetadataReader reader, StringHandle name) =>
        reader.StringComparer.Equals(name, "DynamicallyAccessedMembersAttribute") || reader.StringComparer.Equals(name, "RequiresUnreferencedCodeAttribute");

    private CalleeAnnotations Read(ResolvedMethod method)
    {
        var assembly = method.DeclaringType.Assembly;
        var reader = assembly.Reader;
        var definition = reader.GetMethodDefinition(method.Handle);
        var methodGenerics = GenericParameterAnnotations(assembly, definition.GetGenericParameters());
        var typeGenerics = GenericParameterAnnotations(assembly, method.DeclaringType.Definition.GetGenericParameters());
        if (typeGenerics.Count == 0)
        {
            // A closure class's own parameters carry none: they stand for those of the method the lambda was written in.
            typeGenerics = GeneratedCodeAnnotations.TypeParameters(this, method.DeclaringType);
        }

        var self = MembersOf(assembly, definition.GetCustomAttributes());
        bool requires = Has(assembly, definition.GetCustomAttributes(), RequiresUnreferencedCodeAttribute) || TypeRequiresUnreferencedCode(method.DeclaringType);
        var parameters = TypeParameterAnnotations(assembly, definition, out var returned);

        // The trimmer applies a property's annotation to its getter's return and its setter's value.
        if ((definition.Attributes & System.Reflection.MethodAttributes.SpecialName) != 0 && PropertyAnnotation(method) is { } property && property != AccessedMembers.None)
        {
            if (reader.StringComparer.StartsWith(definition.Name, "get_"))
            {
                returned |= property;
            }
            else if (reader.StringComparer.StartsWith(definition.Name, "set_") && definition.GetParameters().Count > 0)
            {
                var list = new List<(int, AccessedMembers)>(parameters) { (SignatureShape.Read(reader, definition.Signature).ParameterCount - 1, property) };
                parameters = list;
            }
        }

        if (methodGenerics.Count == 0 && typeGenerics.Count == 0 && parameters.Count == 0 && self == AccessedMembers.None && !requires && returned == AccessedMembers.None)
        {
            return CalleeAnnotations.None;
        }

        return new CalleeAnnotations(methodGenerics, typeGenerics, parameters, self, requires, returned);
    }

    /// <summary>The annotation of the property an accessor belongs to (by the name after get_ or set_).</summary>
    private static AccessedMembers? PropertyAnnotation(ResolvedMethod accessor)
    {
        var assembly = accessor.DeclaringType.Assembly;
        var reader = assembly.Reader;
        string name = assembly.Strings.Get(reader.GetMethodDefinition(accessor.Handle).Name);
        return name.Length > 4 ? PropertyAnnotation(accessor.DeclaringType, name.Substring(4)) : null;
    }

    private static AccessedMembers? PropertyAnnotation(ResolvedType type, string property)
    {
        var reader = type.Assembly.Reader;
        foreach (var handle in type.Definition.GetProperties())
        {
            var definition = reader.GetPropertyDefinition(handle);
            if (reader.StringComparer.Equals(definition.Name, property))
            {
                return MembersOf(type.Assembly, definition.GetCustomAttributes());
            }
        }

        return null;
    }

    /// <summary>
    /// [DynamicallyAccessedMembers] on a field, for an auto-property's backing field (<c>&lt;Name&gt;k__BackingField</c>) on
    /// its property, and for a lambda's captured parameter on that parameter, as the trimmer applies it.
    /// </summary>
    public AccessedMembers OfField(ResolvedType declaringType, string name)
    {
        if (!MayHaveAnnotations(declaringType.Assembly))
        {
            return AccessedMembers.None;
        }

        var key = (declaringType.Assembly, declaringType.Handle, name);
        if (!_fields.TryGetValue(key, out var members))
        {
            members = AccessedMembers.None;
            var reader = declaringType.Assembly.Reader;
            foreach (var handle in declaringType.Definition.GetFields())
            {
                var field = reader.GetFieldDefinition(handle);
                if (reader.StringComparer.Equals(field.Name, name))
                {
                    members = MembersOf(declaringType.Assembly, field.GetCustomAttributes());
                }
            }

            const string backingSuffix = ">k__BackingField";
            if (members == AccessedMembers.None && name.StartsWith("<", StringComparison.Ordinal) && name.EndsWith(backingSuffix, StringComparison.Ordinal))
            {
                members = PropertyAnnotation(declaringType, name.Substring(1, name.Length - 1 - backingSuffix.Length)) ?? AccessedMembers.None;
            }

            if (members == AccessedMembers.None)
            {
                members = GeneratedCodeAnnotations.CapturedParameter(this, declaringType, name);
            }

            _fields.Add(key, members);
        }

        return members;
    }

    /// <summary>
    /// True when <paramref name="method"/> is code the trimmer's contract covers from outside: it, its type or an enclosing
    /// type carries [RequiresUnreferencedCode], or it is a lambda, local function or state machine of such a method.
    /// Its reflection is the responsibility of the call that enters it (see Reflection/ReflectionScan).
    /// </summary>
    public bool IsInsideRequiresUnreferencedCode(LoadedAssembly assembly, MethodDefinitionHandle method)
    {
        if (!MayHaveAnnotations(assembly))
        {
            return false;
        }

        var reader = assembly.Reader;
        var definition = reader.GetMethodDefinition(method);
        if (Has(assembly, definition.GetCustomAttributes(), RequiresUnreferencedCodeAttribute))
        {
            return true;
        }

        // <Run>b__0_0, <Run>g__Local|1_0 and the state machine type <Run>d__3 name the method they were written in.
        string? userMethod = CompilerGeneratedCode.UserMethodName(assembly.Strings.Get(definition.Name));
        var type = definition.GetDeclaringType();
        for (int depth = 0; !type.IsNil && depth < 16; depth++)
        {
            var resolved = new ResolvedType(assembly, type);
            if (TypeRequiresUnreferencedCode(resolved))
            {
                return true;
            }

            string typeName = assembly.Strings.Get(resolved.Definition.Name);
            if (typeName.StartsWith("<", StringComparison.Ordinal))
            {
                userMethod ??= CompilerGeneratedCode.UserMethodName(typeName);
            }
            else if (userMethod is not null && AnyMethodRequires(resolved, userMethod))
            {
                return true;
            }

            type = resolved.Definition.GetDeclaringType();
        }

        return false;
    }

    private static bool AnyMethodRequires(ResolvedType type, string name)
    {
        var reader = type.Assembly.Reader;
        foreach (var handle in type.Definition.GetMethods())
        {
            var method = reader.GetMethodDefinition(handle);
            if (reader.StringComparer.Equals(method.Name, name) && Has(type.Assembly, method.GetCustomAttributes(), RequiresUnreferencedCodeAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>[RequiresUnreferencedCode] on the type itself: every member of it is covered.</summary>
    public bool TypeRequiresUnreferencedCode(ResolvedType type)
    {
        if (!MayHaveAnnotations(type.Assembly))
        {
            return false;
        }

        var key = (type.Assembly, type.Handle);
        if (!_typesRequiringUnreferencedCode.TryGetValue(key, out bool requires))
        {
            requires = Has(type.Assembly, type.Definition.GetCustomAttributes(), RequiresUnreferencedCodeAttribute);
            _typesRequiringUnreferencedCode.Add(key, requires);
        }

        return requires;
    }

    /// <summary>An empty list when no parameter is annotated, so callers can tell "none" by the count.</summary>
    internal static IReadOnlyList<AccessedMembers> GenericParameterAnnotations(LoadedAssembly assembly, GenericParameterHandleCollection parameters)
    {
        AccessedMembers[]? found = null;
        int index = 0;
        foreach (var handle in parameters)
        {
            var members = MembersOf(assembly, assembly.Reader.GetGenericParameter(handle).GetCustomAttributes());
            if (members != AccessedMembers.None)
            {
                found ??= new AccessedMembers[parameters.Count];
                found[index] = members;
            }

            index++;
        }

        return found ?? (IReadOnlyList<AccessedMembers>)Array.Empty<AccessedMembers>();
    }

    /// <summary>Annotated parameters whose type is System.Type or a string naming a type; the return value's annotation apart.</summary>
    private static IReadOnlyList<(int, AccessedMembers)> TypeParameterAnnotations(LoadedAssembly assembly, MethodDefinition definition, out AccessedMembers returned)
    {
        List<(int, AccessedMembers)>? found = null;
        returned = AccessedMembers.None;
        var reader = assembly.Reader;
        foreach (var handle in definition.GetParameters())
        {
            var parameter = reader.GetParameter(handle);
            if (parameter.SequenceNumber == 0)
            {
                returned = MembersOf(assembly, parameter.GetCustomAttributes());
                continue;
            }

            var members = MembersOf(assembly, parameter.GetCustomAttributes());
            if (members != AccessedMembers.None)
            {
                (found ??= new List<(int, AccessedMembers)>()).Add((parameter.SequenceNumber - 1, members));
            }
        }

        return found ?? (IReadOnlyList<(int, AccessedMembers)>)Array.Empty<(int, AccessedMembers)>();
    }

    private static AccessedMembers MembersOf(LoadedAssembly assembly, CustomAttributeHandleCollection attributes)
    {
        foreach (var handle in attributes)
        {
            var attribute = assembly.Reader.GetCustomAttribute(handle);
            if (AttributeNames.TypeOf(assembly, attribute.Constructor) == DynamicallyAccessedMembersAttribute)
            {
                return DecodeMembers(assembly.Reader, attribute);
            }
        }

        return AccessedMembers.None;
    }

    private static bool Has(LoadedAssembly assembly, CustomAttributeHandleCollection attributes, string attributeType)
    {
        foreach (var handle in attributes)
        {
            if (AttributeNames.TypeOf(assembly, assembly.Reader.GetCustomAttribute(handle).Constructor) == attributeType)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The blob is the prolog 0x0001 and the enum's int32; anything else is read as "everything".</summary>
    private static AccessedMembers DecodeMembers(MetadataReader reader, CustomAttribute attribute)
    {
        var blob = reader.GetBlobReader(attribute.Value);
        if (blob.Length >= 6 && blob.ReadUInt16() == 1)
        {
            int value = blob.ReadInt32();
            return value == 0 ? AccessedMembers.None : (AccessedMembers)value;
        }

        return AccessedMembers.All;
    }
}
