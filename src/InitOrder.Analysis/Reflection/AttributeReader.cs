using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// The attributes applied to types, members, parameters, assemblies and modules, read from each assembly's
/// CustomAttribute table (<see cref="AttributeApplication"/>): what constructing them runs, and the types their
/// arguments name. Each application is decoded once.
/// </summary>
internal sealed class AttributeReader
{
    private const int MaxBaseTypeDepth = 64;

    private readonly FactStore _store;
    private readonly Dictionary<(LoadedAssembly, CustomAttributeHandle), AttributeApplication> _applications = new();
    private readonly Dictionary<(LoadedAssembly, EntityHandle), IReadOnlyList<AttributeApplication>> _byParent = new();
    private readonly Dictionary<ResolvedType, bool> _embedded = new();
    private readonly Dictionary<(ResolvedType, AccessedMembers), IReadOnlyList<AttributeApplication>> _seenThrough = new();

    public AttributeReader(FactStore store)
    {
        _store = store;
    }

    /// <summary>The attributes applied to one metadata element (type, method, field, property, event, parameter, assembly, module).</summary>
    public IReadOnlyList<AttributeApplication> On(LoadedAssembly assembly, EntityHandle parent)
    {
        if (!_byParent.TryGetValue((assembly, parent), out var found))
        {
            List<AttributeApplication>? list = null;
            foreach (var handle in assembly.Reader.GetCustomAttributes(parent))
            {
                (list ??= new List<AttributeApplication>()).Add(Application(assembly, handle));
            }

            found = list ?? (IReadOnlyList<AttributeApplication>)Array.Empty<AttributeApplication>();
            _byParent.Add((assembly, parent), found);
        }

        return found;
    }

    /// <summary>The attributes on a type and on its base types with code, as <c>GetCustomAttributes(inherit: true)</c> may return them.</summary>
    public List<AttributeApplication> OnTypeAndBases(ResolvedType type)
    {
        var found = new List<AttributeApplication>();
        var current = type;
        for (int depth = 0; current is { HasCode: true } && depth < MaxBaseTypeDepth; depth++)
        {
            found.AddRange(On(current.Assembly, current.Handle));
            current = _store.Context.Hierarchy.BaseType(current);
        }

        return found;
    }

    /// <summary>
    /// The attributes on the members of <paramref name="type"/> that reflection with <paramref name="members"/> sees,
    /// and on their parameters: what a serializer or validator that walks those members can construct. With a lookup,
    /// only the members it names.
    /// </summary>
    public List<AttributeApplication> OnMembers(ResolvedType type, AccessedMembers members, MemberLookup? lookup = null)
    {
        var found = new List<AttributeApplication>();
        var reader = type.Assembly.Reader;
        var definition = type.Definition;
        bool all = lookup is null && members == AccessedMembers.All;
        if (all || Sees(members, AccessedMembers.PublicProperties | AccessedMembers.NonPublicProperties))
        {
            foreach (var handle in definition.GetProperties())
            {
                AddNamed(found, type.Assembly, handle, reader.GetPropertyDefinition(handle).Name, lookup);
            }
        }

        if (all || Sees(members, AccessedMembers.PublicFields | AccessedMembers.NonPublicFields))
        {
            foreach (var handle in definition.GetFields())
            {
                AddNamed(found, type.Assembly, handle, reader.GetFieldDefinition(handle).Name, lookup);
            }
        }

        if (all || Sees(members, AccessedMembers.PublicEvents | AccessedMembers.NonPublicEvents))
        {
            foreach (var handle in definition.GetEvents())
            {
                AddNamed(found, type.Assembly, handle, reader.GetEventDefinition(handle).Name, lookup);
            }
        }

        const AccessedMembers methodsOrConstructors = AccessedMembers.PublicMethods | AccessedMembers.NonPublicMethods |
            AccessedMembers.PublicConstructors | AccessedMembers.NonPublicConstructors;
        if (all || Sees(members, methodsOrConstructors))
        {
            foreach (var handle in definition.GetMethods())
            {
                var method = reader.GetMethodDefinition(handle);
                if (lookup is not null && !reader.StringComparer.Equals(method.Name, lookup.Name ?? ".ctor"))
                {
                    continue;
                }

                found.AddRange(On(type.Assembly, handle));
                foreach (var parameter in method.GetParameters())
                {
                    found.AddRange(On(type.Assembly, parameter));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// What reflection that sees <paramref name="members"/> of <paramref name="type"/> can read: the attributes on the
    /// type, its base types, those members and their parameters. Asked once per (type, members) however many calls hand
    /// the type over (CoreLib's worst case hands thousands of types to hundreds of calls), so it is kept.
    /// </summary>
    public IReadOnlyList<AttributeApplication> SeenThrough(ResolvedType type, AccessedMembers members)
    {
        if (!_seenThrough.TryGetValue((type, members), out var found))
        {
            var list = OnTypeAndBases(type);
            list.AddRange(OnMembers(type, members));
            found = list.Count == 0 ? Array.Empty<AttributeApplication>() : list;
            _seenThrough.Add((type, members), found);
        }

        return found;
    }

    /// <summary>The attributes of an assembly and of its module.</summary>
    public List<AttributeApplication> OnAssembly(LoadedAssembly assembly)
    {
        var found = new List<AttributeApplication>(On(assembly, EntityHandle.AssemblyDefinition));
        found.AddRange(On(assembly, EntityHandle.ModuleDefinition));
        return found;
    }

    /// <summary>Whether an application's type is <paramref name="filter"/> or derives from it (GetCustomAttributes(typeof(T)) returns those).</summary>
    public bool IsOfType(AttributeApplication application, string filter) =>
        application.AttributeType is not { } type
            // A framework attribute (no code of its own to construct) whose base types are out of sight: it may be one.
            ? application.AnnotatedTypes.Count > 0
            : type.Name.FullName == filter || _store.Context.Hierarchy.Ancestors(type).FullNames.Contains(filter);

    private static bool Sees(AccessedMembers members, AccessedMembers kinds) => (members & kinds) != 0;

    private void AddNamed(List<AttributeApplication> found, LoadedAssembly assembly, EntityHandle member, StringHandle name, MemberLookup? lookup)
    {
        if (lookup is null || assembly.Reader.StringComparer.Equals(name, lookup.Name ?? ""))
        {
            found.AddRange(On(assembly, member));
        }
    }

    private AttributeApplication Application(LoadedAssembly assembly, CustomAttributeHandle handle)
    {
        if (!_applications.TryGetValue((assembly, handle), out var application))
        {
            application = Decode(assembly, assembly.Reader.GetCustomAttribute(handle));
            _applications.Add((assembly, handle), application);
        }

        return application;
    }

    private AttributeApplication Decode(LoadedAssembly assembly, CustomAttribute attribute)
    {
        ResolvedMethod? constructor = null;
        try
        {
            var token = assembly.Members.Get(attribute.Constructor);
            constructor = _store.Context.Members.ResolveMethod(assembly, token);
        }
        catch (Exception e) when (e is BadImageFormatException || e is ArgumentException || e is InvalidCastException)
        {
            // A constructor that cannot be read names nothing that could run.
        }

        var attributeType = constructor?.DeclaringType;
        string name = AttributeNames.TypeOf(assembly, attribute.Constructor) ?? "?";
        bool runsCode = attributeType is { HasCode: true } && !IsEmbedded(attributeType);

        // [DebuggerTypeProxy], [DebuggerDisplay], [DebuggerVisualizer]: only a debugger creates what they name, and only a
        // hot-reload update runs the handler an assembly's [MetadataUpdateHandler] names (after start-up, on an edit); the
        // program itself reads them only through a lookup, which constructs the attribute and nothing it names.
        bool debuggerOnly = name.StartsWith("System.Diagnostics.Debugger", StringComparison.Ordinal) ||
            name == "System.Reflection.Metadata.MetadataUpdateHandlerAttribute";
        if (!runsCode && (debuggerOnly || !NamesTypes(constructor)))
        {
            // A framework attribute whose constructor takes no Type (or a compiler-embedded one such as NullableAttribute,
            // whose constructor only stores its arguments): nothing of it runs, and its arguments name no type worth reading.
            return new AttributeApplication(null, constructor, Array.Empty<ResolvedMethod>(), Array.Empty<ResolvedType>(),
                Array.Empty<(ResolvedType, AccessedMembers)>(), "[" + Display(name) + "]", AttributeElements.Of(attribute.Parent.Kind));
        }

        if (!runsCode)
        {
            attributeType = null;
        }

        var setters = new List<ResolvedMethod>();
        var named = new List<ResolvedType>();
        var annotated = new List<(ResolvedType, AccessedMembers)>();
        var shown = new List<string>();
        try
        {
            var value = attribute.DecodeValue(new AttributeTypeProvider(assembly));
            var parameters = constructor is null ? CalleeAnnotations.None.TypeParameters : _store.Annotations.Of(constructor).TypeParameters;
            for (int i = 0; i < value.FixedArguments.Length; i++)
            {
                foreach (var type in TypesIn(assembly, value.FixedArguments[i]))
                {
                    named.Add(type);
                    shown.Add("typeof(" + type.Name.DisplayName + ")");
                    foreach (var (index, members) in parameters)
                    {
                        if (index == i)
                        {
                            annotated.Add((type, members));
                        }
                    }
                }
            }

            foreach (var argument in value.NamedArguments)
            {
                named.AddRange(TypesIn(assembly, new CustomAttributeTypedArgument<string>(argument.Type, argument.Value)));
                if (argument.Kind == CustomAttributeNamedArgumentKind.Property && argument.Name is { } property && attributeType is not null &&
                    Setter(attributeType, property) is { } setter)
                {
                    setters.Add(setter);
                }
            }
        }
        catch (Exception e) when (e is BadImageFormatException || e is ArgumentException || e is InvalidCastException || e is InvalidOperationException)
        {
            // An argument the decoder cannot read (an enum of another size, a malformed blob): any named property may be set.
            if (attributeType is not null)
            {
                setters.AddRange(AllSetters(attributeType));
            }
        }

        string display = "[" + Display(name) + (shown.Count == 0 ? "" : "(" + string.Join(", ", shown) + ")") + "]";
        return new AttributeApplication(attributeType, constructor, setters, named, annotated, display, AttributeElements.Of(attribute.Parent.Kind));
    }

    /// <summary>Whether the constructor takes a Type or an object (which may hold one): only then can fixed arguments name types.</summary>
    private static bool NamesTypes(ResolvedMethod? constructor)
    {
        if (constructor is null)
        {
            return false;
        }

        var reader = constructor.DeclaringType.Assembly.Reader;
        var blob = reader.GetBlobReader(reader.GetMethodDefinition(constructor.Handle).Signature);
        var bytes = blob.ReadBytes(blob.Length);

        // ELEMENT_TYPE_OBJECT (0x1C) or a class token is all a cheap look can tell; a Type parameter is a class reference.
        return Array.IndexOf(bytes, (byte)0x1C) >= 0 || Array.IndexOf(bytes, (byte)0x12) >= 0;
    }

    /// <summary>Compiler-generated attributes (NullableAttribute, IsReadOnlyAttribute) carry Microsoft.CodeAnalysis.EmbeddedAttribute.</summary>
    private bool IsEmbedded(ResolvedType type)
    {
        if (!_embedded.TryGetValue(type, out bool embedded))
        {
            foreach (var handle in type.Definition.GetCustomAttributes())
            {
                embedded |= AttributeNames.TypeOf(type.Assembly, type.Assembly.Reader.GetCustomAttribute(handle).Constructor) == "Microsoft.CodeAnalysis.EmbeddedAttribute";
            }

            _embedded.Add(type, embedded);
        }

        return embedded;
    }

    private IEnumerable<ResolvedType> TypesIn(LoadedAssembly assembly, CustomAttributeTypedArgument<string> argument)
    {
        if (argument.Value is ImmutableArray<CustomAttributeTypedArgument<string>> elements)
        {
            foreach (var element in elements)
            {
                foreach (var type in TypesIn(assembly, element))
                {
                    yield return type;
                }
            }
        }
        else if (argument.Type == ReflectionSignatures.SystemType && argument.Value is string serialized && ResolveSerialized(assembly, serialized) is { } type)
        {
            yield return type;
        }
    }

    /// <summary><c>Ns.Outer+Inner`1[[…]], Assembly, Version=…</c>: looked for in that assembly, else in the one that applies it and the app.</summary>
    private ResolvedType? ResolveSerialized(LoadedAssembly assembly, string serialized)
    {
        string definition = SerializedTypeName.ToDefinitionName(serialized);
        string? assemblyName = AssemblyPart(serialized);
        int dot = definition.LastIndexOf('.', definition.IndexOf('+') is var plus && plus >= 0 ? plus : definition.Length - 1);
        string ns = dot < 0 ? "" : definition.Substring(0, dot);
        string simple = dot < 0 ? definition : definition.Substring(dot + 1);
        foreach (string? candidate in new[] { assemblyName, assembly.Name, _store.Context.Assemblies.Main.Name })
        {
            if (candidate is not null && _store.Context.Types.Resolve(new NamedType(ns, simple, candidate)) is { HasCode: true } type)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The simple assembly name after the first comma outside generic brackets; null when there is none.</summary>
    private static string? AssemblyPart(string serialized)
    {
        int depth = 0;
        for (int i = 0; i < serialized.Length; i++)
        {
            char c = serialized[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                string rest = serialized.Substring(i + 1);
                int next = rest.IndexOf(',');
                return (next < 0 ? rest : rest.Substring(0, next)).Trim();
            }
        }

        return null;
    }

    private ResolvedMethod? Setter(ResolvedType type, string property)
    {
        string setter = "set_" + property;
        var current = type;
        for (int depth = 0; current is { HasCode: true } && depth < MaxBaseTypeDepth; depth++)
        {
            var reader = current.Assembly.Reader;
            foreach (var handle in current.Definition.GetMethods())
            {
                if (reader.StringComparer.Equals(reader.GetMethodDefinition(handle).Name, setter))
                {
                    return new ResolvedMethod(current, handle);
                }
            }

            current = _store.Context.Hierarchy.BaseType(current);
        }

        return null;
    }

    private static IEnumerable<ResolvedMethod> AllSetters(ResolvedType type)
    {
        var reader = type.Assembly.Reader;
        foreach (var handle in type.Definition.GetMethods())
        {
            if (reader.GetString(reader.GetMethodDefinition(handle).Name).StartsWith("set_", StringComparison.Ordinal))
            {
                yield return new ResolvedMethod(type, handle);
            }
        }
    }

    /// <summary><c>System.ComponentModel.TypeConverterAttribute</c> as <c>TypeConverter</c>.</summary>
    private static string Display(string fullName)
    {
        string name = fullName.Substring(fullName.LastIndexOf('.') + 1);
        return name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > "Attribute".Length ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }
}
