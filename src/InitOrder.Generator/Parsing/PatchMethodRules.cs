using Microsoft.CodeAnalysis;

namespace InitOrder.Generator.Parsing;

/// <summary>
/// The shape a patch method must have so that generated code in the same assembly can call it once, synchronously,
/// with nothing to pass. Returns what is wrong and how to fix it, or null.
/// </summary>
internal static class PatchMethodRules
{
    public static (string Problem, string Fix)? FindProblem(IMethodSymbol method)
    {
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            return ("is a local function", "Move it to a static method of a class.");
        }

        if (method.MethodKind != MethodKind.Ordinary)
        {
            return ("is not an ordinary method", "Put [InitPatch] on a static void method of a class.");
        }

        if (!method.IsStatic)
        {
            return ("is not static", "Make it static: a patch runs before any instance exists.");
        }

        if (!method.ReturnsVoid)
        {
            return ("does not return void", "Make it return void; the generated initializer ignores results.");
        }

        if (method.IsAsync)
        {
            return ("is async", "Make it synchronous: later patches and user code must see its effect when it returns.");
        }

        if (method.Parameters.Length != 0)
        {
            return ("has parameters", "Remove them; the generated initializer has nothing to pass.");
        }

        if (method.IsGenericMethod)
        {
            return ("is generic", "Remove the type parameters; the generated initializer cannot choose type arguments.");
        }

        if (method.IsAbstract || method.IsExtern || method.IsPartialDefinition && method.PartialImplementationPart is null)
        {
            return ("has no body", "Give it a body that applies the patch.");
        }

        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType)
            {
                return ($"is declared in generic type '{type.Name}'", "Move it to a non-generic class.");
            }

            if (!IsReachableFromAssembly(type.DeclaredAccessibility))
            {
                return ($"is declared in {Describe(type.DeclaredAccessibility)} type '{type.Name}'", "Make the containing types internal or public.");
            }
        }

        if (!IsReachableFromAssembly(method.DeclaredAccessibility))
        {
            return ($"is {Describe(method.DeclaredAccessibility)}", "Make it internal or public so the generated initializer can call it.");
        }

        return null;
    }

    private static bool IsReachableFromAssembly(Accessibility accessibility)
        => accessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;

    private static string Describe(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => accessibility.ToString().ToLowerInvariant(),
    };
}
