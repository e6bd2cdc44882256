using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// What a generic parameter can be bound to: <c>class</c>, <c>struct</c>, <c>new()</c> and the base type and
/// interfaces it names. The runtime checks them at every instantiation (the type loader for IL, MakeGenericType and
/// MakeGenericMethod throw), so reflection on an unannotated <c>T</c> (<c>new T()</c>, <c>Activator.CreateInstance&lt;T&gt;()</c>)
/// can only act on a type that satisfies them: never a static class, never a type that lacks the interface.
/// </summary>
/// <param name="Ancestors">Full names of the named base type and interfaces; the instantiation's arguments are not compared.</param>
internal sealed record TypeParameterConstraints(bool ReferenceType, bool ValueType, bool DefaultConstructor, IReadOnlyList<string> Ancestors)
{
    /// <summary>The constraints of <paramref name="handle"/>; null when it has none, so any type may be bound to it.</summary>
    public static TypeParameterConstraints? Of(LoadedAssembly assembly, GenericParameterHandle handle)
    {
        var parameter = assembly.Reader.GetGenericParameter(handle);
        var special = parameter.Attributes & GenericParameterAttributes.SpecialConstraintMask;
        var ancestors = new List<string>();
        foreach (var constraintHandle in parameter.GetConstraints())
        {
            // T : U names another parameter (no definition): it bounds nothing here, as a constraint of object would not.
            var constraint = assembly.Reader.GetGenericParameterConstraint(constraintHandle);
            if (assembly.Names.Decode(constraint.Type).Definition is { } named && !TypeHierarchy.IsUniversalRoot(named.FullName))
            {
                ancestors.Add(named.FullName);
            }
        }

        bool valueType = (special & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0;
        bool referenceType = (special & GenericParameterAttributes.ReferenceTypeConstraint) != 0;
        bool defaultConstructor = (special & GenericParameterAttributes.DefaultConstructorConstraint) != 0;
        return valueType || referenceType || defaultConstructor || ancestors.Count > 0
            ? new TypeParameterConstraints(referenceType, valueType, defaultConstructor, ancestors)
            : null;
    }

    /// <summary>Whether the runtime would accept <paramref name="type"/> for the parameter (where in doubt, it would).</summary>
    public bool AllowsType(ResolvedType type, TypeFacts facts, TypeHierarchy hierarchy)
    {
        bool isValueType = facts.IsValueType(type);
        if ((ValueType && !isValueType) || (ReferenceType && isValueType))
        {
            return false;
        }

        // A struct always has its parameterless constructor; a class needs a public one and must not be abstract.
        if (DefaultConstructor && !isValueType && !HasPublicParameterlessConstructor(type))
        {
            return false;
        }

        if (Ancestors.Count == 0)
        {
            return true;
        }

        var ancestors = hierarchy.Ancestors(type);
        foreach (string required in Ancestors)
        {
            // A type is its own ancestor for T : C; a walk that stopped at code it cannot see decides nothing.
            if (!ancestors.Contains(required) && type.Name.FullName != required && ancestors.IsComplete)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasPublicParameterlessConstructor(ResolvedType type) =>
        (type.Definition.Attributes & TypeAttributes.Abstract) == 0 && ConstructedTypeArguments.ParameterlessConstructor(type) is { } constructor &&
        (type.Assembly.Reader.GetMethodDefinition(constructor).Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public;

    public override string ToString() => string.Join(", ", Describe());

    private IEnumerable<string> Describe()
    {
        if (ReferenceType)
        {
            yield return "class";
        }

        if (ValueType)
        {
            yield return "struct";
        }

        foreach (string ancestor in Ancestors)
        {
            yield return ancestor;
        }

        if (DefaultConstructor && !ValueType)
        {
            yield return "new()";
        }
    }
}
