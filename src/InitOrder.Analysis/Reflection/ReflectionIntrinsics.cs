using System;
using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// The calls whose result <see cref="StackValues"/> knows from their arguments, as the trimmer's intrinsics do
/// (ILLink's HandleCallAction): <c>typeof</c>, <c>GetType()</c>, a constant <c>Type.GetType("…")</c>, and
/// <c>GetMethod</c>, <c>GetProperty</c>, <c>GetField</c>, <c>GetEvent</c>, <c>GetNestedType</c>, <c>GetMember</c> and
/// <c>GetConstructor</c> with a constant name (or parameter count) and constant BindingFlags on a known type.
/// </summary>
internal static class ReflectionIntrinsics
{
    public const int IgnoreCase = 1;
    public const int DeclaredOnly = 2;
    public const int Instance = 4;
    public const int Static = 8;
    public const int Public = 16;
    public const int NonPublic = 32;

    // DeclaredOnly, Instance, Static, Public, NonPublic, FlattenHierarchy, ExactBinding: what a lookup understands.
    private const int UnderstoodFlags = 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x40 | 0x10000;

    // InvokeMethod, CreateInstance, GetField, SetField, GetProperty, SetProperty: they matter to InvokeMember only.
    private const int IgnorableFlags = 0x100 | 0x200 | 0x400 | 0x800 | 0x1000 | 0x2000;

    private const string BindingFlagsType = "System.Reflection.BindingFlags";
    private const string RuntimeReflectionExtensionsType = "System.Reflection.RuntimeReflectionExtensions";

    // RuntimeReflectionExtensions.GetRuntimeProperty(type, name) is type.GetProperty(name), and so on.
    private static readonly Dictionary<string, string> s_runtimeLookups = new(StringComparer.Ordinal)
    {
        ["GetRuntimeProperty"] = "GetProperty",
        ["GetRuntimeMethod"] = "GetMethod",
        ["GetRuntimeField"] = "GetField",
        ["GetRuntimeEvent"] = "GetEvent",
    };
    private const int DefaultLookup = Public | Instance | Static;

    private const string TypeInfoType = "System.Reflection.TypeInfo";

    // TypeInfo.GetDeclaredMethod(name) is GetMethod(name, DeclaredOnly | Public | NonPublic | Instance | Static), and so
    // on; GetDeclaredMethods(name) returns every overload of that name, which a lookup by name covers too.
    private static readonly Dictionary<string, string> s_declaredLookups = new(StringComparer.Ordinal)
    {
        ["GetDeclaredMethod"] = "GetMethod",
        ["GetDeclaredMethods"] = "GetMethod",
        ["GetDeclaredProperty"] = "GetProperty",
        ["GetDeclaredField"] = "GetField",
        ["GetDeclaredEvent"] = "GetEvent",
        ["GetDeclaredNestedType"] = "GetNestedType",
    };
    private const int DeclaredLookup = DeclaredOnly | Public | NonPublic | Instance | Static;

    private static readonly Dictionary<string, (AccessedMembers Public, AccessedMembers NonPublic)> s_lookups = new(StringComparer.Ordinal)
    {
        ["GetMethod"] = (AccessedMembers.PublicMethods, AccessedMembers.NonPublicMethods),
        ["GetProperty"] = (AccessedMembers.PublicProperties, AccessedMembers.NonPublicProperties),
        ["GetField"] = (AccessedMembers.PublicFields, AccessedMembers.NonPublicFields),
        ["GetEvent"] = (AccessedMembers.PublicEvents, AccessedMembers.NonPublicEvents),
        ["GetNestedType"] = (AccessedMembers.PublicNestedTypes, AccessedMembers.NonPublicNestedTypes),
        ["GetConstructor"] = (AccessedMembers.PublicConstructors, AccessedMembers.NonPublicConstructors),
        ["GetMember"] = (
            AccessedMembers.PublicMethods | AccessedMembers.PublicProperties | AccessedMembers.PublicFields | AccessedMembers.PublicEvents |
            AccessedMembers.PublicNestedTypes | AccessedMembers.PublicConstructors,
            AccessedMembers.NonPublicMethods | AccessedMembers.NonPublicProperties | AccessedMembers.NonPublicFields | AccessedMembers.NonPublicEvents |
            AccessedMembers.NonPublicNestedTypes | AccessedMembers.NonPublicConstructors),
    };

    /// <summary>The value a call returns when its arguments decide it; null when only its return type is known.</summary>
    public static StackValue? Result(FactStore store, ValueOrigins origins, MemberToken token, StackValue[] arguments)
    {
        string? owner = token.Owner?.Definition?.FullName;
        switch (owner, token.Name)
        {
            case (ReflectionSignatures.SystemType, "GetTypeFromHandle") when arguments.Length == 1 && arguments[0].Kind == StackValueKind.TypeHandle:
                return arguments[0] with { Kind = StackValueKind.Type };
            case (ReflectionSignatures.SystemType, "GetTypeFromHandle") when arguments.Length == 1 && arguments[0].Kind == StackValueKind.CodelessType:
                return arguments[0];
            case (ReflectionSignatures.SystemType, "GetTypeFromHandle") when arguments.Length == 1 && arguments[0].Annotated != AccessedMembers.None:
                return StackValue.Of(null, arguments[0].Annotated);
            case ("System.Object", "GetType") when arguments.Length == 1 && arguments[0].StaticType is { } staticType:
                return new StackValue(StackValueKind.RuntimeTypeOf, staticType);
            case (ReflectionSignatures.SystemType, "GetType") when arguments.Length >= 1 && arguments[0].Kind == StackValueKind.String:
                // A constant naming no analysed type names framework code or nothing at all (null): no code to follow.
                return origins.ResolveTypeName(arguments[0].Text!) is { } named ? new StackValue(StackValueKind.Type, null, Type: named) : new StackValue(StackValueKind.CodelessType, null);
            case (ReflectionSignatures.SystemType, "MakeGenericType" or "GetGenericTypeDefinition") when arguments.Length >= 1 && arguments[0].Annotated != AccessedMembers.None:
                // An annotation on a generic type's Type keeps its members in every instantiation: the result guarantees the same.
                return StackValue.Of(null, arguments[0].Annotated);
            case (ReflectionSignatures.SystemType, "MakeGenericType") when arguments.Length >= 1 && IsFrameworkDefinitionWithoutAnnotations(store, arguments[0]):
                // typeof(List<>).MakeGenericType(…): ILLink keeps the definition's value, and its members are framework code
                // that reflects on no argument (none of its generic parameters is annotated). What it is handed stays untyped.
                return StackValue.Of(null, AccessedMembers.All);
            case ("System.Reflection.IntrospectionExtensions", "GetTypeInfo") or (TypeInfoType, "AsType") when arguments.Length == 1:
                // The same object under another static type (ILLink's intrinsics pass the value through as well).
                return arguments[0];
            case ("System.Array", "Empty"):
                return new StackValue(StackValueKind.Array, null, Number: 0);
            case (ReflectionSignatures.SystemType, _) when s_lookups.ContainsKey(token.Name):
            case (TypeInfoType, _) when token.Name != "GetDeclaredMethods" && s_declaredLookups.ContainsKey(token.Name):
                return Lookup(token, arguments) is { } lookup ? new StackValue(StackValueKind.Member, null, Member: lookup) : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// What a lookup on a Type requires of that Type once its BindingFlags are a constant, as ILLink narrows it
    /// (<c>GetDynamicallyAccessedMemberTypesFromBindingFlagsFor…</c>): <c>GetMethods(BindingFlags.Static | BindingFlags.Public)</c>
    /// needs public methods only, whatever the method's own annotation says for every flag. Flags ILLink does not understand
    /// need both kinds; anything else keeps <paramref name="annotated"/>.
    /// </summary>
    public static AccessedMembers Required(MemberToken token, StackValue[] arguments, AccessedMembers annotated)
    {
        string name = token.Name.EndsWith("ies", StringComparison.Ordinal) ? token.Name.Substring(0, token.Name.Length - 3) + "y"
            : token.Name.EndsWith("s", StringComparison.Ordinal) ? token.Name.Substring(0, token.Name.Length - 1) : token.Name;
        if (token.Owner?.Definition?.FullName != ReflectionSignatures.SystemType || !s_lookups.TryGetValue(name, out var kinds) ||
            token.Signature.DecodeMethod() is not { } signature)
        {
            return annotated;
        }

        for (int i = 0; i < signature.ParameterTypes.Length && i + 1 < arguments.Length; i++)
        {
            if (signature.ParameterTypes[i].Text != BindingFlagsType)
            {
                continue;
            }

            if (arguments[i + 1].Kind != StackValueKind.Int32)
            {
                return annotated;
            }

            int flags = arguments[i + 1].Number;
            bool unsupported = (flags & ~(UnderstoodFlags | IgnorableFlags)) != 0;
            return ((flags & Public) != 0 || unsupported ? kinds.Public : AccessedMembers.None) |
                ((flags & NonPublic) != 0 || unsupported ? kinds.NonPublic : AccessedMembers.None);
        }

        return annotated;
    }

    private static bool IsFrameworkDefinitionWithoutAnnotations(FactStore store, StackValue definition) =>
        definition is { Kind: StackValueKind.CodelessType, StaticType.Definition: { } named } && store.Context.Types.Resolve(named) is { } type &&
        type.Definition.GetGenericParameters().Count > 0 &&
        AnnotationReader.GenericParameterAnnotations(type.Assembly, type.Definition.GetGenericParameters()).Count == 0;

    /// <summary>The lookup a call makes, when its type, name (or parameter count) and BindingFlags are all constant.</summary>
    public static MemberLookup? Lookup(MemberToken token, StackValue[] arguments) =>
        arguments.Length >= 1 && arguments[0].Kind == StackValueKind.Type && arguments[0].Type is { } type && NameLookupOf(token, arguments) is { } lookup
            ? lookup.On(type)
            : null;

    /// <summary>
    /// The lookup a call makes when its name (or parameter count) and BindingFlags are constant, whatever its type:
    /// <c>Type.GetMethod</c> and its kin, and the <c>RuntimeReflectionExtensions.GetRuntime…</c> methods (by name, with
    /// the default BindingFlags, as they call <c>GetProperty(name)</c> and its kin), and <c>TypeInfo.GetDeclared…</c>
    /// (by name, declared members of every accessibility).
    /// </summary>
    public static NameLookup? NameLookupOf(MemberToken token, StackValue[] arguments)
    {
        string? owner = token.Owner?.Definition?.FullName;
        bool extension = owner == RuntimeReflectionExtensionsType;
        bool declared = owner == TypeInfoType;
        var renames = extension ? s_runtimeLookups : declared ? s_declaredLookups : null;
        string lookupName = renames is not null && renames.TryGetValue(token.Name, out var instead) ? instead : token.Name;
        if (renames is not null && ReferenceEquals(lookupName, token.Name) || !s_lookups.TryGetValue(lookupName, out var kinds) ||
            token.Signature.DecodeMethod() is not { } signature)
        {
            return null;
        }

        // Type's and TypeInfo's methods take the Type as this (argument 0); the extensions take it as their first parameter.
        int shift = extension ? 0 : 1;
        bool constructor = lookupName == "GetConstructor";
        int flags = constructor ? Public | Instance : declared ? DeclaredLookup : DefaultLookup;
        string? name = null;
        int? parameterCount = null;
        for (int i = extension ? 1 : 0; i < signature.ParameterTypes.Length && i + shift < arguments.Length; i++)
        {
            var argument = arguments[i + shift];
            string parameter = signature.ParameterTypes[i].Text;
            if (parameter == BindingFlagsType)
            {
                if (argument.Kind != StackValueKind.Int32)
                {
                    return null;
                }

                flags = argument.Number;
            }
            else if (parameter == "System.String" && name is null && !constructor)
            {
                if (argument.Kind != StackValueKind.String)
                {
                    return null;
                }

                name = argument.Text;
            }
            else if (constructor && parameter == "System.Type[]")
            {
                if (argument.Kind != StackValueKind.Array)
                {
                    return null;
                }

                parameterCount = argument.Number;
            }
        }

        // ILLink gives up on IgnoreCase and on flags it does not know; so does this.
        if ((name is null && !constructor) || (constructor && parameterCount is null) || (flags & IgnoreCase) != 0 || flags > 255)
        {
            return null;
        }

        var members = ((flags & Public) != 0 ? kinds.Public : AccessedMembers.None) | ((flags & NonPublic) != 0 ? kinds.NonPublic : AccessedMembers.None);
        return new NameLookup(name, flags, parameterCount, members);
    }
}
