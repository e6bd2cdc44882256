using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// The methods of a type that reflection may run, given what an annotation says it uses: constructors, methods,
/// property and event accessors. Public members include those inherited from base types with code, as
/// <c>Type.GetMethods()</c> returns them.
/// </summary>
internal static class ReflectedMembers
{
    private const int MaxBaseTypeDepth = 64;

    /// <summary>The methods, and whether a constructor is among them (then the type's objects can exist).</summary>
    /// <param name="includeStaticConstructor">Any member reached through reflection runs the static constructor first; once is enough.</param>
    /// <param name="lookup">A constant-name lookup: only the members it can return (<see cref="MemberLookup"/>).</param>
    /// <param name="virtuals">When given, receives each selected virtual method that is not final, abstract ones included: their overrides run too (<see cref="ReflectedOverrides"/>).</param>
    public static (List<ResolvedMethod> Methods, bool Constructs) Select(TypeHierarchy hierarchy, ResolvedType type, AccessedMembers members, bool includeStaticConstructor, MemberLookup? lookup = null,
        List<ResolvedMethod>? virtuals = null)
    {
        var methods = new List<ResolvedMethod>();
        bool constructs = false;
        bool foundMember = false;
        var current = type;
        for (int depth = 0; current is { HasCode: true } && depth < MaxBaseTypeDepth; depth++)
        {
            bool inherited = depth > 0;
            foreach (var handle in current.Definition.GetMethods())
            {
                var definition = current.Assembly.Reader.GetMethodDefinition(handle);
                bool hasBody = definition.RelativeVirtualAddress != 0;
                if (!hasBody && virtuals is null)
                {
                    continue;
                }

                string name = current.Assembly.Strings.Get(definition.Name);
                bool isPublic = (definition.Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public;
                var wanted = name == ".cctor"
                    ? includeStaticConstructor && !inherited
                    : Wanted(name, definition, isPublic, members) && (lookup is null || Matches(lookup, current.Assembly.Reader, name, definition, inherited));
                if (wanted && (!inherited || (isPublic && name != ".ctor")) && virtuals is not null &&
                    (definition.Attributes & MethodAttributes.Virtual) != 0 && (definition.Attributes & MethodAttributes.Final) == 0)
                {
                    virtuals.Add(new ResolvedMethod(current, handle));
                }

                if (wanted && (!inherited || (isPublic && name != ".ctor")))
                {
                    foundMember |= name != ".cctor";
                    if (hasBody)
                    {
                        methods.Add(new ResolvedMethod(current, handle));
                        constructs |= name == ".ctor" && !inherited;
                    }
                }
            }

            if (lookup is not null && FindsField(current, lookup))
            {
                // A field runs no method, but reading or writing a static one runs its declaring type's static constructor.
                foundMember = true;
                if (inherited && includeStaticConstructor && StaticConstructorOf(current) is { } classConstructor)
                {
                    methods.Add(classConstructor);
                }
            }

            current = hierarchy.BaseType(current);
        }

        // A lookup by name, or of operators alone, runs the static constructor only through a member it finds: a type
        // without one is untouched. So do constructors alone for a class: Activator.CreateInstance throws
        // MissingMethodException before the static constructor of a static class, or of a class without the
        // constructor it needs, runs (measured on .NET 10), and ConstructorInfo.Invoke needs a constructor to invoke.
        if ((lookup is not null || members == AccessedMembers.UserDefinedOperators || (OnlyConstructors(members) && IsClass(type))) && !foundMember)
        {
            methods.Clear();
        }

        // GetUninitializedObject makes an object of the type itself; an abstract type throws first.
        constructs |= (members & AccessedMembers.ObjectWithoutConstructor) != 0 && (type.Definition.Attributes & TypeAttributes.Abstract) == 0;
        return (methods, constructs);
    }

    // A struct's default value needs no constructor: where that runs its static constructor is not claimed here; an
    // interface (no base type) constructs nothing anyway.
    private static bool IsClass(ResolvedType type) => !type.Definition.BaseType.IsNil && !TypeHierarchy.IsValueType(type);

    private static bool OnlyConstructors(AccessedMembers members) =>
        members != AccessedMembers.None && (members & ~(AccessedMembers.PublicConstructors | AccessedMembers.NonPublicConstructors)) == AccessedMembers.None;

    private static bool FindsField(ResolvedType type, MemberLookup lookup)
    {
        if (lookup.Name is null || (lookup.Members & (AccessedMembers.PublicFields | AccessedMembers.NonPublicFields)) == AccessedMembers.None)
        {
            return false;
        }

        var reader = type.Assembly.Reader;
        foreach (var handle in type.Definition.GetFields())
        {
            if (reader.StringComparer.Equals(reader.GetFieldDefinition(handle).Name, lookup.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static ResolvedMethod? StaticConstructorOf(ResolvedType type)
    {
        var reader = type.Assembly.Reader;
        foreach (var handle in type.Definition.GetMethods())
        {
            var definition = reader.GetMethodDefinition(handle);
            if (definition.RelativeVirtualAddress != 0 && reader.StringComparer.Equals(definition.Name, ".cctor"))
            {
                return new ResolvedMethod(type, handle);
            }
        }

        return null;
    }

    private static bool Wanted(string name, MethodDefinition definition, bool isPublic, AccessedMembers members)
    {
        if (name == ".ctor")
        {
            bool parameterless = definition.GetParameters().Count == 0 && (definition.Attributes & MethodAttributes.Static) == 0;
            return isPublic
                ? Has(members, AccessedMembers.PublicConstructors) || (parameterless && Has(members, AccessedMembers.PublicParameterlessConstructor))
                : Has(members, AccessedMembers.NonPublicConstructors);
        }

        bool accessor = (definition.Attributes & MethodAttributes.SpecialName) != 0;
        if (accessor && (definition.Attributes & MethodAttributes.Static) != 0 && name.StartsWith("op_", System.StringComparison.Ordinal) &&
            Has(members, AccessedMembers.UserDefinedOperators))
        {
            return true;
        }

        if (accessor && (name.StartsWith("get_", System.StringComparison.Ordinal) || name.StartsWith("set_", System.StringComparison.Ordinal)))
        {
            return Has(members, isPublic ? AccessedMembers.PublicProperties : AccessedMembers.NonPublicProperties) ||
                   Has(members, isPublic ? AccessedMembers.PublicMethods : AccessedMembers.NonPublicMethods);
        }

        if (accessor && (name.StartsWith("add_", System.StringComparison.Ordinal) || name.StartsWith("remove_", System.StringComparison.Ordinal)))
        {
            return Has(members, isPublic ? AccessedMembers.PublicEvents : AccessedMembers.NonPublicEvents) ||
                   Has(members, isPublic ? AccessedMembers.PublicMethods : AccessedMembers.NonPublicMethods);
        }

        return Has(members, isPublic ? AccessedMembers.PublicMethods : AccessedMembers.NonPublicMethods);
    }

    private static bool Has(AccessedMembers members, AccessedMembers wanted) => (members & wanted) == wanted;

    /// <summary>
    /// Whether a constant-name lookup can return this method or the property or event it belongs to: the name, static or
    /// instance, DeclaredOnly, and for GetConstructor the parameter count (as ILLink marks them). Public or not is the
    /// lookup's <see cref="MemberLookup.Members"/>, which <see cref="Wanted"/> applies.
    /// </summary>
    private static bool Matches(MemberLookup lookup, MetadataReader reader, string name, MethodDefinition definition, bool inherited)
    {
        bool isStatic = (definition.Attributes & MethodAttributes.Static) != 0;
        int flags = lookup.BindingFlags;
        if ((inherited && (flags & ReflectionIntrinsics.DeclaredOnly) != 0) || (flags & (isStatic ? ReflectionIntrinsics.Static : ReflectionIntrinsics.Instance)) == 0)
        {
            return false;
        }

        if (name == ".ctor")
        {
            return lookup.ParameterCount is not { } count ? lookup.Name == name : SignatureShape.Read(reader, definition.Signature).ParameterCount == count;
        }

        if (lookup.Name is not { } wanted)
        {
            return false;
        }

        if (name == wanted)
        {
            return true;
        }

        // GetProperty("Name") and GetEvent("Name") return what runs get_Name, set_Name, add_Name and remove_Name.
        const AccessedMembers propertiesOrEvents = AccessedMembers.PublicProperties | AccessedMembers.NonPublicProperties | AccessedMembers.PublicEvents | AccessedMembers.NonPublicEvents;
        bool accessor = (definition.Attributes & MethodAttributes.SpecialName) != 0 && (lookup.Members & propertiesOrEvents) != 0;
        int underscore = name.IndexOf('_');
        return accessor && underscore > 0 && name.Substring(underscore + 1) == wanted;
    }
}
