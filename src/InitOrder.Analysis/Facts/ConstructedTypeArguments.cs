using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// Parameterless constructors that generic code runs without any IL naming them: <c>new T()</c> compiles to
/// <c>Activator.CreateInstance&lt;T&gt;()</c>, so the framework calls the constructor of whatever type argument the
/// caller chose. C# only allows <c>new T()</c> for <c>new()</c> or <c>struct</c> constrained parameters, and the
/// constraint must be repeated all the way up, so the call site that binds a concrete type to such a parameter
/// (or calls one of the framework APIs that do the same by reflection) is where the constructor may start to run.
/// </summary>
internal static class ConstructedTypeArguments
{
    private const GenericParameterAttributes Constructible =
        GenericParameterAttributes.DefaultConstructorConstraint | GenericParameterAttributes.NotNullableValueTypeConstraint;

    /// <summary>Parameterless constructors (with their types) a call through <paramref name="token"/> may run.</summary>
    public static IReadOnlyList<(ResolvedType Type, MethodDefinitionHandle Constructor)> Find(ResolutionContext context, MemberToken token, ResolvedMethod? resolved)
    {
        // Every case below binds a type argument; most calls have none and are answered without allocating.
        if (token.MethodArguments.Count == 0 && (token.Owner?.GenericArguments.Count ?? 0) == 0)
        {
            return System.Array.Empty<(ResolvedType, MethodDefinitionHandle)>();
        }

        var arguments = new List<DecodedType>();
        if (ReflectivelyConstructed(token) is { } reflective)
        {
            arguments.Add(reflective);
        }
        else if (resolved is not null)
        {
            var reader = resolved.DeclaringType.Assembly.Reader;
            Bound(reader, reader.GetMethodDefinition(resolved.Handle).GetGenericParameters(), token.MethodArguments, arguments);
            if (token.Owner is { } owner && owner.Definition?.FullName == resolved.DeclaringType.Name.FullName)
            {
                Bound(reader, resolved.DeclaringType.Definition.GetGenericParameters(), owner.GenericArguments, arguments);
            }
        }

        var constructors = new List<(ResolvedType, MethodDefinitionHandle)>();
        foreach (var argument in arguments)
        {
            if (argument.Definition is { } named && context.Types.Resolve(named) is { HasCode: true } type && ParameterlessConstructor(type) is { } constructor)
            {
                constructors.Add((type, constructor));
            }
        }

        return constructors;
    }

    /// <summary>
    /// Framework APIs that construct their type argument through its parameterless constructor by reflection, with no
    /// constraint that says so: Activator.CreateInstance&lt;T&gt;(), and Lazy&lt;T&gt; or LazyInitializer without a factory.
    /// </summary>
    private static DecodedType? ReflectivelyConstructed(MemberToken token)
    {
        string? owner = token.Owner?.Definition?.FullName;
        if (owner == "System.Activator" && token.Name == "CreateInstance" && token.MethodArguments.Count == 1)
        {
            return token.MethodArguments[0];
        }

        if (owner == "System.Lazy`1" && token.Name == ".ctor" && !HasFactory(token) && token.Owner!.GenericArguments.Count == 1)
        {
            return token.Owner.GenericArguments[0];
        }

        if (owner == "System.Threading.LazyInitializer" && token.Name == "EnsureInitialized" && !HasFactory(token) && token.MethodArguments.Count == 1)
        {
            return token.MethodArguments[0];
        }

        return null;
    }

    /// <summary>
    /// Activator.CreateInstance&lt;T&gt;() returns the object it makes to its caller and keeps nothing; Lazy&lt;T&gt; keeps its
    /// value (and formats it in its own ToString), and a generic method of unknown code may do anything with what it makes.
    /// </summary>
    public static InstantiationKind KindOf(MemberToken token) =>
        token.Owner?.Definition?.FullName == "System.Activator" && token.Name == "CreateInstance"
            ? InstantiationKind.ConstructedForCaller
            : InstantiationKind.ConstructedByFramework;

    /// <summary>Lazy&lt;T&gt; and LazyInitializer given a factory: the factory constructs, not reflection.</summary>
    public static bool HasFactory(MemberToken token) => token.SignatureText.Contains("System.Func`1");

    private static void Bound(MetadataReader reader, GenericParameterHandleCollection parameters, IReadOnlyList<DecodedType> arguments, List<DecodedType> constructed)
    {
        int index = 0;
        foreach (var handle in parameters)
        {
            if (index < arguments.Count && (reader.GetGenericParameter(handle).Attributes & Constructible) != 0)
            {
                constructed.Add(arguments[index]);
            }

            index++;
        }
    }

    /// <summary>The type's own instance constructor without parameters (there is at most one), public or not.</summary>
    public static MethodDefinitionHandle? ParameterlessConstructor(ResolvedType type)
    {
        var reader = type.Assembly.Reader;
        foreach (var handle in type.Definition.GetMethods())
        {
            var method = reader.GetMethodDefinition(handle);
            if (reader.StringComparer.Equals(method.Name, ".ctor") && SignatureShape.Read(reader, method.Signature) is { IsInstance: true, ParameterCount: 0 })
            {
                return handle;
            }
        }

        return null;
    }
}
