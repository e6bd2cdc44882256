using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// A delegate runs when it is invoked, not when it is created, the way an override runs only for a live receiver:
/// creating a delegate makes its target invocable, and the target is marked once marked code may invoke a delegate
/// of a compatible type (<see cref="DelegateInvocation"/>: an Invoke in analysed code, DynamicInvoke, or a hand-off
/// to framework code that may invoke it at once). Compatible means the same delegate definition with type arguments
/// that one could be assigned to the other (generic parameters match anything), so an exit handler or a Lazy factory
/// waits, while a callback handed to the framework does not.
/// <para>
/// In the analysed assembly, where a delegate goes through static delegate fields narrows it further
/// (<see cref="DelegateFlow"/>): an invocation of a delegate read from such a field invokes what was stored there, and
/// a delegate kept only in such fields is not invoked by a compatible invocation elsewhere.
/// </para>
/// <para>
/// Nothing is materialised per (invocation, creation) pair: the world marks each target once, and
/// <see cref="DependenciesOf"/> answers for one invoking method in one epoch, so a marking that starts elsewhere finds
/// the targets its own invocations reach.
/// </para>
/// </summary>
internal sealed class DelegateRule
{
    private readonly LiveWorld _world;
    private readonly FactStore _store;
    private readonly ResolutionContext _context;
    private readonly Dictionary<string, List<Created>> _createdByDefinition = new(System.StringComparer.Ordinal);
    private readonly List<Created> _allCreated = new();
    private readonly Dictionary<string, List<Invoked>> _invokedByDefinition = new(System.StringComparer.Ordinal);
    private readonly List<Invoked> _invokedAny = new();

    public DelegateRule(LiveWorld world, FactStore store)
    {
        _world = world;
        _store = store;
        _context = store.Context;
    }

    private DelegateFlow Flow => _store.MainDelegates;

    /// <summary>A marked method's delegate facts, applied once in the world's epoch.</summary>
    public void Apply(MethodNode method, MethodFacts facts)
    {
        foreach (var creation in facts.DelegateCreations)
        {
            var created = new Created(creation, method, _world.Epoch, Flow.IsPooled(method, creation.ILOffset));
            _allCreated.Add(created);
            _world.Reflection.OnDelegateTarget(creation.Target);
            if (creation.Type.Definition is { } definition)
            {
                ListsByKey.ListOf(_createdByDefinition, definition).Add(created);
            }

            if (FirstInvocationOf(created) is { } invoked)
            {
                Mark(invoked, created);
            }
        }

        foreach (var invocation in facts.DelegateInvocations)
        {
            var invoked = new Invoked(invocation, method, Flow.ReadsAt(method, invocation.ILOffset));
            if (invocation.Type.Definition is { } definition)
            {
                ListsByKey.ListOf(_invokedByDefinition, definition).Add(invoked);
            }
            else
            {
                _invokedAny.Add(invoked);
            }

            foreach (var created in CreatedFor(invocation.Type))
            {
                if (!_world.IsReached(created.Creation.Target) && MayInvoke(invoked, created))
                {
                    Mark(invoked, created);
                }
            }
        }
    }

    /// <summary>The delegate targets <paramref name="method"/>'s invocations reach in the world of <paramref name="epoch"/>.</summary>
    public void DependenciesOf(MethodNode method, MethodFacts facts, int epoch, List<Dependency> into)
    {
        foreach (var invocation in facts.DelegateInvocations)
        {
            var invoked = new Invoked(invocation, method, Flow.ReadsAt(method, invocation.ILOffset));
            foreach (var created in CreatedFor(invocation.Type))
            {
                if (created.Epoch <= epoch && MayInvoke(invoked, created))
                {
                    into.Add(new Dependency(created.Creation.Target, Reason(invoked, created)));
                }
            }
        }
    }

    private IReadOnlyList<Created> CreatedFor(DelegateType type) =>
        type.Definition is null ? _allCreated : _createdByDefinition.TryGetValue(type.Definition, out var list) ? list : (IReadOnlyList<Created>)System.Array.Empty<Created>();

    private Invoked? FirstInvocationOf(Created created)
    {
        foreach (var invoked in _invokedAny)
        {
            if (MayInvoke(invoked, created))
            {
                return invoked;
            }
        }

        if (created.Creation.Type.Definition is { } definition && _invokedByDefinition.TryGetValue(definition, out var invocations))
        {
            foreach (var invoked in invocations)
            {
                if (MayInvoke(invoked, created))
                {
                    return invoked;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="invoked"/> may invoke <paramref name="created"/>: a compatible type, and a delegate the
    /// invocation can hold (<see cref="DelegateFlow"/>): from where it reads, or from the pool when that is not known.
    /// </summary>
    private bool MayInvoke(Invoked invoked, Created created) =>
        Compatible(invoked.Invocation.Type, created.Creation.Type) &&
        (invoked.Reads is { } reads
            ? Flow.MayHold(invoked.Site, reads, created.Site, created.Creation.ILOffset, created.Pooled)
            : created.Pooled);

    private void Mark(Invoked invoked, Created created) => _world.Reach(created.Creation.Target, Reason(invoked, created));

    private static MarkReason Reason(Invoked invoked, Created created) =>
        new(invoked.Site, invoked.Invocation.ILOffset, EdgeKind.Delegate, new DelegateOrigin(created.Site, created.Creation.ILOffset, invoked.Invocation.HandedTo));

    /// <summary>
    /// Whether a delegate created as <paramref name="created"/> may be invoked as <paramref name="invoked"/>: same
    /// definition, and each pair of type arguments related by assignment in one direction or the other (variance), or
    /// not known well enough to tell them apart.
    /// </summary>
    private bool Compatible(DelegateType invoked, DelegateType created)
    {
        if (invoked.Definition is null)
        {
            return true;
        }

        if (invoked.Definition != created.Definition)
        {
            return false;
        }

        if (invoked.Arguments.Count != created.Arguments.Count)
        {
            return true;
        }

        for (int i = 0; i < invoked.Arguments.Count; i++)
        {
            var variance = DelegateVariance.Of(invoked.Definition, i, invoked.Arguments.Count);
            bool compatible = variance switch
            {
                // A Func<object, R> variable holds a Func<X, R'> only if X is object: an "in" argument is seen the other way.
                DelegateVariance.Kind.Contravariant => MayBeAssignedTo(invoked.Arguments[i], created.Arguments[i]),
                DelegateVariance.Kind.Covariant => MayBeAssignedTo(created.Arguments[i], invoked.Arguments[i]),
                _ => MayBeAssigned(invoked.Arguments[i], created.Arguments[i]),
            };
            if (!compatible)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a value of type <paramref name="from"/> may be held as <paramref name="to"/>, or the types are not known well enough to tell.</summary>
    private bool MayBeAssignedTo(DecodedType from, DecodedType to)
    {
        if (from.Text == ObjectType && !IsOpen(to) && to.Text != ObjectType)
        {
            // Only object itself holds every object: a parameter typed object cannot be narrowed back to IServiceProvider.
            return false;
        }

        return MayBeAssigned(from, to);
    }

    private bool MayBeAssigned(DecodedType left, DecodedType right)
    {
        string leftText = left.Text;
        string rightText = right.Text;
        if (leftText == rightText || IsOpen(left) || IsOpen(right) || leftText == ObjectType || rightText == ObjectType)
        {
            return true;
        }

        if (left.Definition is not { } a || right.Definition is not { } b)
        {
            // A primitive (System.String, System.Int32) against another primitive differs; against a named type only an
            // interface or a root could hold it.
            var named = left.Definition ?? right.Definition;
            return named is not null && (TypeHierarchy.IsUniversalRoot(named.FullName) || IsInterfaceOrUnknown(named));
        }

        if (a.FullName == b.FullName || TypeHierarchy.IsUniversalRoot(a.FullName) || TypeHierarchy.IsUniversalRoot(b.FullName))
        {
            return true;
        }

        var leftType = _context.Types.Resolve(a);
        var rightType = _context.Types.Resolve(b);
        if (leftType is null || rightType is null)
        {
            return true;
        }

        var hierarchy = _context.Hierarchy;
        var leftAncestors = hierarchy.Ancestors(leftType);
        var rightAncestors = hierarchy.Ancestors(rightType);
        return leftAncestors.Contains(b.FullName) || rightAncestors.Contains(a.FullName) || !leftAncestors.IsComplete || !rightAncestors.IsComplete;
    }

    private const string ObjectType = "System.Object";

    /// <summary>A generic parameter (<c>!0</c>, <c>!!1</c>), an array, a pointer: could be anything this rule can tell.</summary>
    private static bool IsOpen(DecodedType type) => type.Definition is null && !type.Text.StartsWith("System.", System.StringComparison.Ordinal) || type.Text.EndsWith("]", System.StringComparison.Ordinal);

    private bool IsInterfaceOrUnknown(NamedType type) =>
        _context.Types.Resolve(type) is not { } resolved || (resolved.Definition.Attributes & System.Reflection.TypeAttributes.Interface) != 0;


    /// <param name="Pooled">Whether any compatible invocation may invoke it, rather than only those reading where it was kept.</param>
    private sealed record Created(DelegateCreation Creation, MethodNode Site, int Epoch, bool Pooled);

    /// <param name="Reads">Where the invoked delegate may come from (<see cref="DelegateFlow"/>); null when not known.</param>
    private sealed record Invoked(DelegateInvocation Invocation, MethodNode Site, DelegateReads? Reads);
}
