using System.Collections.Generic;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// The delegate types a call into framework code hands over, worked out once per token: every delegate type in its
/// parameter types, with the call's own type arguments put in for generic parameters (<c>List&lt;Action&gt;.Add(!0)</c>
/// hands an <c>Action</c>). A parameter of type <c>System.Delegate</c> hands any delegate.
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

    public IReadOnlyList<DelegateType> Of(MemberToken token)
    {
        if (!_byToken.TryGetValue(token, out var handed))
        {
            handed = Find(token);
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

    private IReadOnlyList<DelegateType> Find(MemberToken token)
    {
        if (!MayHandDelegates(token) || token.Signature.DecodeMethod() is not { } signature)
        {
            return System.Array.Empty<DelegateType>();
        }

        var handed = new List<DelegateType>();
        foreach (var parameter in signature.ParameterTypes)
        {
            Collect(Substitute(parameter, token), token, handed, depth: 0);
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

    private void Collect(DecodedType type, MemberToken token, List<DelegateType> handed, int depth)
    {
        if (depth > 8)
        {
            return;
        }

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

            foreach (var argument in type.GenericArguments)
            {
                Collect(Substitute(argument, token), token, handed, depth + 1);
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
