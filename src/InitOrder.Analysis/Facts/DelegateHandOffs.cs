using System.Collections.Generic;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// The delegate types a call into framework code hands over, worked out once per token: every parameter whose type is
/// a delegate (with the call's own type arguments put in: <c>Select&lt;string, int&gt;</c> hands a
/// <c>Func&lt;string, int&gt;</c>) or an array of delegates. A parameter of type <c>System.Delegate</c> hands any
/// delegate. A value of a generic parameter (<c>List&lt;Action&gt;.Add(T)</c>) is data to the framework unless the
/// parameter is constrained to a delegate.
/// </summary>
internal sealed class DelegateHandOffs
{
    private const string DelegateTypeName = "System.Delegate";
    private const string MulticastDelegateTypeName = "System.MulticastDelegate";

    private readonly ResolutionContext _context;
    private readonly Dictionary<MemberToken, IReadOnlyList<DelegateType>> _byToken = new();
    private readonly Dictionary<NamedType, bool> _isDelegate = new();

    public DelegateHandOffs(ResolutionContext context)
    {
        _context = context;
    }

    public IReadOnlyList<DelegateType> Of(MemberToken token, ResolvedMethod? resolved)
    {
        if (!_byToken.TryGetValue(token, out var handed))
        {
            handed = Find(token, resolved);
            _byToken.Add(token, handed);
        }

        return handed;
    }

    /// <summary>Whether <paramref name="type"/> is a delegate type (it derives from System.MulticastDelegate).</summary>
    public bool IsDelegate(NamedType type)
    {
        if (!_isDelegate.TryGetValue(type, out bool isDelegate))
        {
            isDelegate = _context.Types.Resolve(type) is { } resolved && _context.Hierarchy.Ancestors(resolved).Contains(MulticastDelegateTypeName);
            _isDelegate.Add(type, isDelegate);
        }

        return isDelegate;
    }

    private IReadOnlyList<DelegateType> Find(MemberToken token, ResolvedMethod? resolved)
    {
        if (!MayHandDelegates(token) || token.Signature.DecodeMethod() is not { } signature)
        {
            return System.Array.Empty<DelegateType>();
        }

        var handed = new List<DelegateType>();
        foreach (var parameter in signature.ParameterTypes)
        {
            // A parameter of a generic type T holds data the framework stores or formats; only a T constrained to
            // Delegate can be invoked there.
            if (parameter.Definition is null && GenericParameterReference.Parse(parameter.Text) is { } reference && !IsDelegateConstrained(resolved, reference))
            {
                continue;
            }

            Collect(Substitute(parameter, token), token, handed);
        }

        return handed.Count == 0 ? System.Array.Empty<DelegateType>() : handed;
    }

    // Most calls name no delegate type anywhere: answered from the token's named types without decoding.
    private bool MayHandDelegates(MemberToken token)
    {
        foreach (var type in token.SignatureTypes)
        {
            if (IsDelegateOrAny(type))
            {
                return true;
            }
        }

        return HasDelegate(token.Owner?.GenericArguments) || HasDelegate(token.MethodArguments);
    }

    private bool HasDelegate(IReadOnlyList<DecodedType>? arguments)
    {
        foreach (var argument in arguments ?? DecodedType.NoArguments)
        {
            foreach (var type in argument.NamedTypes)
            {
                if (IsDelegateOrAny(type))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The delegates a parameter of type <paramref name="type"/> hands over: the parameter itself when it is a delegate,
    /// or the elements of an array of delegates. A delegate that is only a type argument of another type
    /// (<c>IEnumerable&lt;Action&gt;</c>) is data to that type, as is a value of a generic parameter.
    /// </summary>
    private void Collect(DecodedType type, MemberToken token, List<DelegateType> handed)
    {
        if (type.Definition is { } definition)
        {
            if (definition.FullName is DelegateTypeName or MulticastDelegateTypeName)
            {
                handed.Add(DelegateType.Any);
            }
            else if (IsDelegate(definition))
            {
                // Func<!!0, !!1> of Select<string, int> is handed as Func<string, int>.
                var arguments = new DecodedType[type.GenericArguments.Count];
                for (int i = 0; i < arguments.Length; i++)
                {
                    arguments[i] = Substitute(type.GenericArguments[i], token);
                }

                handed.Add(new DelegateType(definition.FullName, arguments));
            }

            return;
        }

        // Arrays and byrefs keep only their element's named types: their delegates, with any type arguments.
        foreach (var named in type.NamedTypes)
        {
            if (IsDelegateOrAny(named))
            {
                handed.Add(named.FullName is DelegateTypeName or MulticastDelegateTypeName ? DelegateType.Any : new DelegateType(named.FullName, DecodedType.NoArguments));
            }
        }
    }

    /// <summary>Whether the method's (or its type's) generic parameter is constrained to a delegate; true when that cannot be read.</summary>
    private bool IsDelegateConstrained(ResolvedMethod? method, GenericParameterReference reference)
    {
        if (method is null || reference.In(method) is not { } parameter)
        {
            return true;
        }

        var assembly = method.DeclaringType.Assembly;
        var reader = assembly.Reader;
        foreach (var constraintHandle in reader.GetGenericParameter(parameter).GetConstraints())
        {
            var constraint = assembly.Names.Decode(reader.GetGenericParameterConstraint(constraintHandle).Type);
            if (constraint.Definition is { } named && IsDelegateOrAny(named))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsDelegateOrAny(NamedType type) => type.FullName is DelegateTypeName or MulticastDelegateTypeName || IsDelegate(type);

    /// <summary><c>!i</c> is the owner's i-th type argument, <c>!!i</c> the method's.</summary>
    private static DecodedType Substitute(DecodedType type, MemberToken token)
    {
        string text = type.Text;
        if (type.Definition is not null || text.Length < 2 || text[0] != '!')
        {
            return type;
        }

        bool ofMethod = text[1] == '!';
        var arguments = ofMethod ? token.MethodArguments : token.Owner?.GenericArguments ?? DecodedType.NoArguments;
        return int.TryParse(text.Substring(ofMethod ? 2 : 1), out int index) && index < arguments.Count ? arguments[index] : type;
    }
}
