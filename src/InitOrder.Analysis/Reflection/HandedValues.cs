using System;
using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// What an unbounded reflective call is handed, read from its arguments (<see cref="StackValues"/>): its type arguments,
/// the Type values passed in, and the static types of the objects passed in (<c>this</c> included), whose live subtypes
/// the rule adds. Null when the call is handed something untyped (an <c>object</c>, a Type or member of unknown origin,
/// an expression tree, a type parameter) or nothing typed at all: then the conservative rule applies.
/// </summary>
internal static class HandedValues
{
    // Static types that can hold any type's object or Type: a value typed so tells nothing about what is reflected on.
    private static readonly HashSet<string> s_untyped = new(StringComparer.Ordinal)
    {
        "System.Object", "System.Type", "System.ValueType", "System.Enum", "System.Delegate", "System.MulticastDelegate",
        "System.IServiceProvider", "System.Attribute", "System.Array",
    };

    private static readonly string[] s_untypedNamespaces = { "System.Reflection", "System.Collections", "System.Linq.Expressions", "System.Runtime.Serialization" };

    public static IReadOnlyList<ResolvedType>? Of(FactStore store, MemberToken token, StackValue[]? arguments)
    {
        if (arguments is null)
        {
            return null;
        }

        var handed = new List<ResolvedType>();
        foreach (var argument in token.MethodArguments)
        {
            if (!AddStatic(store, handed, argument))
            {
                return null;
            }
        }

        if (token.Owner is { } owner)
        {
            foreach (var argument in owner.GenericArguments)
            {
                if (!AddStatic(store, handed, argument))
                {
                    return null;
                }
            }
        }

        foreach (var argument in arguments)
        {
            switch (argument.Kind)
            {
                case StackValueKind.Type:
                case StackValueKind.TypeHandle:
                    Add(handed, argument.Type);
                    break;
                case StackValueKind.Member:
                    Add(handed, argument.Member!.Type);
                    break;
                case StackValueKind.String:
                case StackValueKind.Int32:
                case StackValueKind.Null:
                case StackValueKind.CodelessType when argument.StaticType is null:
                    break;
                default:
                    if (argument.StaticType is not { } type || !AddStatic(store, handed, type))
                    {
                        return null;
                    }

                    break;
            }
        }

        return handed.Count == 0 ? null : handed;
    }

    /// <summary>The types with code a static type names (itself, its generic arguments, an array's element); false when it is untyped.</summary>
    private static bool AddStatic(FactStore store, List<ResolvedType> handed, DecodedType type)
    {
        if (type.Text.StartsWith("!", StringComparison.Ordinal) || type.Text.Contains("!"))
        {
            // A type parameter of the calling code: what it is bound to is not known here.
            return false;
        }

        foreach (var named in type.NamedTypes)
        {
            if (s_untyped.Contains(named.FullName) || Array.Exists(s_untypedNamespaces, ns => named.Namespace == ns))
            {
                return false;
            }

            Add(handed, store.Context.Types.Resolve(named));
        }

        return true;
    }

    private static void Add(List<ResolvedType> handed, ResolvedType? type)
    {
        if (type is { HasCode: true } && !handed.Contains(type))
        {
            handed.Add(type);
        }
    }
}
