using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// Reflection on an unannotated generic parameter that has constraints (<c>new T()</c> in <c>Make&lt;T&gt;() where T :
/// IShape, new()</c>): the members it uses of every live or mentioned type the constraints allow, now and later, and
/// nothing of the others (<see cref="TypeParameterConstraints"/>). A library's own types are followed through its IL,
/// as for the other unbounded rules.
/// </summary>
internal sealed class ConstrainedTypesRule
{
    private readonly FactStore _store;
    private readonly ReflectionRule _rule;
    private readonly StartedCalls<string> _calls;
    private readonly HashSet<(ResolvedType, string)> _opened = new();

    public ConstrainedTypesRule(FactStore store, ReflectionRule rule)
    {
        _store = store;
        _rule = rule;
        _calls = new StartedCalls<string>(store.Context.Assemblies.Main, Open);
    }

    public bool IsStarted => _calls.IsStarted;

    /// <summary>
    /// A call reached at <paramref name="site"/>: applied to the types live or mentioned so far, and to later ones by
    /// <see cref="Open(ResolvedType)"/>. Calls that use the same members under the same constraints reach the same
    /// members: the first one stands for all.
    /// </summary>
    public void Start(MethodNode site, ReflectionSite call, TypeParameterConstraints constraints, IReadOnlyList<ResolvedType> liveAndMentioned) =>
        _calls.Start(site, call, (int)call.Members + ":" + constraints + (call.ReturnsWhatItConstructs ? ":returned" : ""), liveAndMentioned);

    /// <summary>A type that became live or mentioned: every call started so far applies to it.</summary>
    public void Open(ResolvedType type) => _calls.Open(type);

    private void Open(ResolvedType type, MethodNode site, ReflectionSite call, string key)
    {
        if (type.Assembly == site.Assembly && site.Assembly != _store.Context.Assemblies.Main ||
            !call.Constraints!.AllowsType(type, _store.TypeFacts, _store.Context.Hierarchy) || !_opened.Add((type, key)))
        {
            return;
        }

        _rule.ReachMembers(type, call.Members, site, call);
    }
}
