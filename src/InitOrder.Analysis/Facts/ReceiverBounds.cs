using System.Collections.Generic;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Reflection;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// What one method's body shows the receiver of each of its calls to be (<see cref="StackValues"/>): a <c>new C()</c>, a
/// local only ever given one, a field, parameter or return typed <c>C</c>, <c>Activator.CreateInstance(typeof(C))</c>, a
/// cast to an interface of a value known to be a <c>C</c>, a boxed struct. Verifiable IL cannot hold anything else there, so a virtual
/// call on it runs an implementation a <c>C</c> or a class below it can run (<see cref="DispatchSet.Bound"/>); the JIT
/// devirtualizes on the same reasoning. Read once per method, and only for a method whose calls it can narrow.
/// </summary>
internal sealed class ReceiverBounds
{
    private readonly FactStore _store;
    private readonly MethodNode _method;
    private MethodValues? _values;

    public ReceiverBounds(FactStore store, MethodNode method)
    {
        _store = store;
        _method = method;
    }

    /// <summary>The static type of the receiver of the call (or <c>ldvirtftn</c>) at <paramref name="ilOffset"/>, when the body says more than nothing.</summary>
    public DecodedType? StaticTypeAt(int ilOffset) => ReceiverAt(ilOffset)?.StaticType;

    /// <summary>
    /// The class that bounds the receiver of the virtual call at <paramref name="ilOffset"/> to <paramref name="declaringType"/>'s
    /// member, when it is a class strictly below the member's type (or any class, for an interface member); null otherwise.
    /// </summary>
    public NamedType? ClassBelow(int ilOffset, NamedType declaringType)
    {
        if (ReceiverAt(ilOffset) is not { Kind: StackValueKind.Unknown } receiver || (receiver.Class ?? receiver.StaticType) is not { Definition: { } named } type ||
            type.Text.EndsWith("]", System.StringComparison.Ordinal) || named.FullName == declaringType.FullName ||
            TypeHierarchy.IsUniversalRoot(named.FullName) ||
            _store.Context.Types.Resolve(named) is not { IsInterface: false })
        {
            return null;
        }

        return named;
    }

    /// <summary>The arguments of the call at <paramref name="ilOffset"/>, <c>this</c> first for an instance call; null when the body was not read there.</summary>
    public IReadOnlyList<StackValue>? ArgumentsAt(int ilOffset)
    {
        // Its own origins: the reflection scan's are still being filled in, and what a Type value holds does not change a value's static type.
        _values ??= StackValues.Read(_store, _method, new ValueOrigins(_store, _method));
        return _values.Calls.TryGetValue(ilOffset, out var arguments) ? arguments : null;
    }

    private StackValue? ReceiverAt(int ilOffset) => ArgumentsAt(ilOffset) is { Count: > 0 } arguments ? arguments[0] : null;

    /// <summary>Whether bounding a call through <paramref name="set"/> can leave anything out: it has two implementations or more.</summary>
    public static bool MayNarrow(DispatchSet set)
    {
        int implementations = 0;
        foreach (var member in set.Members)
        {
            if (member.Kind == EdgeKind.VirtualDispatch && ++implementations >= 2)
            {
                return true;
            }
        }

        return false;
    }
}
