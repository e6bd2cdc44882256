using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InitOrder.Generator.Analyzers.Direct;

/// <summary>
/// Lists, in source order, the accesses of one body that run a static constructor when that body runs: static fields
/// (not constants), properties, events and methods, and objects created. Code that does not run with the body is
/// left out: lambdas, local functions, <c>nameof</c>, <c>typeof</c> and method groups.
/// </summary>
internal static class StaticAccessWalker
{
    public static List<StaticAccess> Walk(IOperation? body)
    {
        var accesses = new List<StaticAccess>();
        if (body is not null)
        {
            Visit(body, accesses);
        }

        return accesses;
    }

    private static void Visit(IOperation operation, List<StaticAccess> accesses)
    {
        switch (operation)
        {
            case IAnonymousFunctionOperation or ILocalFunctionOperation or INameOfOperation or ITypeOfOperation:
                return;
            case IFieldReferenceOperation { Field: { IsStatic: true, IsConst: false } field } reference:
                Add(accesses, field.ContainingType, field, Display(field.ContainingType, field.Name), reference);
                break;
            case IPropertyReferenceOperation { Property: { IsStatic: true } property } reference:
                var accessor = IsAssignedOnly(reference) ? property.SetMethod : property.GetMethod;
                Add(accesses, property.ContainingType, property, Display(property.ContainingType, (accessor?.Name ?? property.Name) + "()"), reference);
                break;
            case IEventReferenceOperation { Event: { IsStatic: true } @event } reference:
                var adds = reference.Parent is IEventAssignmentOperation { Adds: true };
                Add(accesses, @event.ContainingType, @event, Display(@event.ContainingType, (adds ? "add_" : "remove_") + @event.Name + "()"), reference);
                break;
            case IInvocationOperation { TargetMethod: { IsStatic: true, MethodKind: not MethodKind.LocalFunction } method } invocation:
                Add(accesses, method.ContainingType, method, Display(method.ContainingType, method.Name + "()"), invocation);
                break;
            case IObjectCreationOperation { Constructor: { } constructor } creation when RunsStaticConstructor(constructor):
                Add(accesses, constructor.ContainingType, constructor, Display(constructor.ContainingType, ".ctor()"), creation);
                break;
        }

        foreach (var child in operation.ChildOperations)
        {
            Visit(child, accesses);
        }
    }

    /// <summary>A struct's implicit parameterless constructor is an <c>initobj</c>, which runs no static constructor.</summary>
    private static bool RunsStaticConstructor(IMethodSymbol constructor)
        => constructor.ContainingType.TypeKind == TypeKind.Class || !constructor.IsImplicitlyDeclared;

    private static void Add(List<StaticAccess> accesses, INamedTypeSymbol type, ISymbol member, string display, IOperation reference)
    {
        var writes = member is IFieldSymbol or IPropertySymbol && IsWritten(reference);
        var reads = member is IFieldSymbol or IPropertySymbol && !IsAssignedOnly(reference);
        accesses.Add(new StaticAccess(type.OriginalDefinition, member, display, reference.Syntax, writes, reads));
    }

    /// <summary>The target of a plain assignment: written, never read.</summary>
    private static bool IsAssignedOnly(IOperation reference)
        => reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference;

    private static bool IsWritten(IOperation reference) => reference.Parent switch
    {
        IAssignmentOperation assignment => assignment.Target == reference,
        IIncrementOrDecrementOperation => true,
        _ => false,
    };

    /// <summary>As the verifier names members: the type without namespace or arity, nested types joined by '+'.</summary>
    public static string Display(INamedTypeSymbol type, string member) => TypeDisplay(type) + "." + member;

    public static string TypeDisplay(INamedTypeSymbol type)
        => type.ContainingType is { } outer ? TypeDisplay(outer) + "+" + type.Name : type.Name;
}
