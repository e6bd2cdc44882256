using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Reachability;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// What reflection reaches, by the three rules of <see cref="ReflectionKind"/>:
/// <list type="bullet">
/// <item>Annotated: the members the trimmer's annotation names, of the types that flow in.</item>
/// <item>Live and mentioned types: from the first such call on, the kinds of member it can run (constructors for
/// ConstructorInfo.Invoke, accessors for PropertyInfo.GetValue, everything for MethodBase.Invoke or
/// [RequiresUnreferencedCode]) of every type that is live or mentioned (typeof, a type token, a generic argument)
/// anywhere before the patch, including types that become so later.</item>
/// <item>Any type: every type of the analysed assemblies counts as mentioned, as they load; what is done with the
/// type it finds is bounded by the rules above.</item>
/// </list>
/// Each member is reached from the reflective call, so a chain shows <c>… → Api() ⇒ (reflection) Type.Member()</c>.
/// </summary>
internal sealed class ReflectionRule
{
    private readonly LiveWorld _world;
    private readonly FactStore _store;
    private readonly HashSet<ResolvedType> _mentioned = new();
    private readonly HashSet<NamedType> _mentionedNames = new();
    private readonly List<ResolvedType> _mentionedInOrder = new();
    private readonly Dictionary<ResolvedType, AccessedMembers> _opened = new();
    // Opened by calls that return what they construct: a later call that keeps its objects must still make them the framework's.
    private readonly Dictionary<ResolvedType, AccessedMembers> _openedForCaller = new();
    private readonly List<(MethodNode Site, ReflectionSite Call, AccessedMembers Members)> _unbounded = new();
    private readonly List<ReflectionUse> _uses = new();
    private readonly HashSet<(MethodNode, ReflectionSite)> _used = new();
    private readonly HashSet<(MethodNode, ReflectionSite, ResolvedType)> _openedByCall = new();
    private readonly AttributeRule _attributes;
    private readonly HandedTypesRule _handed;
    private readonly ReflectedOverrides _overrides;
    private readonly NameLookupRule _byName;
    private readonly ConstrainedTypesRule _constrained;
    // The members started so far, by the assembly of the calls that started them: a library's calls skip its own types,
    // the app's (keyed by the app) skip none.
    private readonly Dictionary<Loading.LoadedAssembly, AccessedMembers> _unboundedMembers = new();
    private readonly Dictionary<Loading.LoadedAssembly, AccessedMembers> _unboundedMembersForCaller = new();
    private (MethodNode Site, int Offset)? _anyType;
    private HashSet<string>? _ignored;
    private int _assembliesMentioned;

    public ReflectionRule(LiveWorld world, FactStore store)
    {
        _world = world;
        _store = store;
        _attributes = new AttributeRule(world, store, this);
        var liveByName = new LiveTypesByName(world.Live, store.Context.Hierarchy);
        _handed = new HandedTypesRule(world, store, this, liveByName);
        _overrides = new ReflectedOverrides(this, store.Context.Hierarchy, liveByName);
        _byName = new NameLookupRule(store, this);
        _constrained = new ConstrainedTypesRule(store, this);
    }

    /// <summary>Skips calls of these kinds or reasons from now on (<see cref="VerificationRequest.IgnoredReflection"/>: the oracle's knock-outs).</summary>
    public void Ignore(IReadOnlyCollection<string> kindsOrReasons) =>
        _ignored = kindsOrReasons.Count == 0 ? null : new HashSet<string>(kindsOrReasons, System.StringComparer.Ordinal);

    /// <summary>Every reflective call reached, in reach order.</summary>
    public IReadOnlyList<ReflectionUse> Uses => _uses;

    public void Apply(MethodNode site, ReflectionSite call)
    {
        if (_ignored is not null && (_ignored.Contains(call.Kind.ToString()) || _ignored.Contains(call.Reason.ToString())))
        {
            return;
        }

        if (!_used.Add((site, call)))
        {
            return;
        }

        _uses.Add(new ReflectionUse(site, call, _world.Epoch));
        switch (call.Kind)
        {
            case ReflectionKind.Annotated:
                // Each annotated call reaches its members itself, even when another call reached them first, so the
                // chain from every root that makes the call shows it: AddSingleton<IGreeter, Greeter>() ⇒ Greeter..ctor().
                foreach (var type in call.Types)
                {
                    OpenFromThisCall(type, call.Members, site, call);
                }

                break;
            case ReflectionKind.LiveAndMentionedTypes:
                if (!WantsMentions)
                {
                    CatchUpMentions();
                }

                foreach (var type in call.Types)
                {
                    Mention(type, site, call.ILOffset);
                    OpenFromThisCall(type, call.Members, site, call);
                }

                if (call.NameFilter is { } byName)
                {
                    _byName.Start(site, call, byName, LiveAndMentioned());
                }
                else if (call.Constraints is { } constraints)
                {
                    _constrained.Start(site, call, constraints, LiveAndMentioned());
                }
                else
                {
                    StartUnbounded(site, call);
                }

                break;
            case ReflectionKind.HandedTypes:
                _handed.Start(site, call);
                break;
            case ReflectionKind.AnyType:
                if (!WantsMentions)
                {
                    CatchUpMentions();
                }

                _anyType ??= (site, call.ILOffset);
                MentionNewAssemblies();
                break;
            case ReflectionKind.Attributes:
            case ReflectionKind.AttributesOfAnyElement:
                if (call.Kind == ReflectionKind.AttributesOfAnyElement && !WantsMentions)
                {
                    CatchUpMentions();
                }

                _attributes.Apply(site, call, LiveAndMentioned());
                break;
        }
    }

    /// <summary>
    /// A type handed to reflection by another rule (an attribute's <c>typeof</c> argument): its <paramref name="members"/>
    /// are reached from <paramref name="site"/> as if <paramref name="call"/> had named it.
    /// </summary>
    public void Hand(ResolvedType type, AccessedMembers members, MethodNode site, ReflectionSite call)
    {
        if (call.Kind == ReflectionKind.HandedTypes)
        {
            _handed.Hand(type, site, call);
        }
        else
        {
            ReachMembers(type, members, site, call);
        }
    }

    /// <summary>Reaches <paramref name="members"/> of <paramref name="type"/> from <paramref name="call"/>, which the report lists.</summary>
    public void ReachMembers(ResolvedType type, AccessedMembers members, MethodNode site, ReflectionSite call)
    {
        if (_used.Add((site, call)))
        {
            _uses.Add(new ReflectionUse(site, call, _world.Epoch));
        }

        OpenFromThisCall(type, members, site, call);
    }

    private List<ResolvedType> LiveAndMentioned()
    {
        var types = new List<ResolvedType>(_world.Live.InOrder);
        types.AddRange(_mentionedInOrder);
        return types;
    }

    /// <summary>
    /// Whether mentions matter yet: only once an unbounded rule is in force. Until then the world skips them, and the
    /// first such rule reads the mentions of everything reached so far (<see cref="CatchUpMentions"/>).
    /// </summary>
    public bool WantsMentions => _unbounded.Count > 0 || _byName.IsStarted || _constrained.IsStarted || _anyType is not null || _attributes.WantsTypes;

    /// <summary>A type named by reached code (not as a member's owner, not only in a signature), at <paramref name="site"/>.</summary>
    public void OnMentioned(NamedType named, MethodNode site, int offset)
    {
        if (_mentionedNames.Add(named) && _store.Context.Types.Resolve(named) is { HasCode: true } type)
        {
            Mention(type, site, offset);
        }
    }

    private void CatchUpMentions()
    {
        // By index: a mention can reach more methods (an annotated attribute argument hands its type over), and those
        // are caught up in the same pass.
        for (int i = 0; i < _world.Reached.Count; i++)
        {
            var method = _world.Reached[i];
            foreach (var mention in _store.FactsOf(method).Mentions)
            {
                if (!mention.Template.IsMember && !mention.IsSignatureOnly)
                {
                    OnMentioned(mention.Type, method, mention.ILOffset);
                }
            }
        }
    }

    public void OnLive(ResolvedType type, LiveReason reason)
    {
        OpenUnbounded(type);
        _overrides.OnLive(type);
        _handed.OnLive(type);
        _attributes.OnTypeSeen(type, reason.Site, reason.ILOffset);
    }

    /// <summary>A method was reached (<see cref="AttributeRule.OnReached"/>).</summary>
    public void OnReached(MethodNode method) => _attributes.OnReached(method);

    /// <summary>A method was made into a delegate (<see cref="AttributeRule.OnDelegateTarget"/>).</summary>
    public void OnDelegateTarget(MethodNode method) => _attributes.OnDelegateTarget(method);

    /// <summary>A type named by an attribute argument that reached code as a Type value (CustomAttributeData): mentioned at <paramref name="site"/>.</summary>
    public void MentionNamed(ResolvedType type, MethodNode site, int offset) => Mention(type, site, offset);

    /// <summary>At a fixpoint: assemblies loaded since count as mentioned too when any type may be looked up by name.</summary>
    public void OnIdle() => MentionNewAssemblies();

    private void Mention(ResolvedType type, MethodNode site, int offset)
    {
        if (_mentioned.Add(type))
        {
            _mentionedInOrder.Add(type);
            OpenUnbounded(type);
            _attributes.OnTypeSeen(type, site, offset);
        }
    }

    private void StartUnbounded(MethodNode site, ReflectionSite call)
    {
        // A call in one library reaches another library's types that a call in that other one skipped: the members are
        // started once per skipping assembly, and once for all by the app's calls.
        // Calls that return what they construct count apart: a later call that keeps its objects must still open them.
        var main = _store.Context.Assemblies.Main;
        var started = call.ReturnsWhatItConstructs ? _unboundedMembersForCaller : _unboundedMembers;
        started.TryGetValue(main, out var everywhere);
        started.TryGetValue(site.Assembly, out var here);
        var added = call.Members & ~everywhere & ~here;
        if (added == AccessedMembers.None)
        {
            return;
        }

        started[site.Assembly] = here | added;
        _unbounded.Add((site, call, added));

        // Types that were live or mentioned before this call count too; later ones are opened as they come.
        for (int i = 0; i < _world.Live.InOrder.Count; i++)
        {
            OpenUnbounded(_world.Live.InOrder[i], added, site, call);
        }

        for (int i = 0; i < _mentionedInOrder.Count; i++)
        {
            OpenUnbounded(_mentionedInOrder[i], added, site, call);
        }
    }

    private void OpenUnbounded(ResolvedType type)
    {
        foreach (var (site, call, members) in _unbounded)
        {
            OpenUnbounded(type, members, site, call);
        }

        _byName.Open(type);
        _constrained.Open(type);
    }

    /// <summary>
    /// A library's unbounded reflection acts on what its callers hand it: types of the app and of other libraries.
    /// Its own types are followed through its IL, dispatch, its annotations and the names it spells out; opening all of
    /// them would make every method of the library run (README: "What the verifier counts as runs before").
    /// </summary>
    private void OpenUnbounded(ResolvedType type, AccessedMembers members, MethodNode site, ReflectionSite call)
    {
        if (type.Assembly == site.Assembly && site.Assembly != _store.Context.Assemblies.Main)
        {
            return;
        }

        Open(type, members, site, call);
    }

    private void MentionNewAssemblies()
    {
        if (_anyType is not { } finder)
        {
            return;
        }

        var loaded = _store.Context.Assemblies.Loaded;
        for (; _assembliesMentioned < loaded.Count; _assembliesMentioned++)
        {
            var assembly = loaded[_assembliesMentioned];
            if (assembly.IsReferenceAssembly)
            {
                continue;
            }

            foreach (var handle in assembly.Reader.TypeDefinitions)
            {
                Mention(new ResolvedType(assembly, handle), finder.Site, finder.Offset);
            }
        }
    }

    /// <summary>The types a call names (its type arguments, its typeof values) are reached from that call, whatever other calls reached.</summary>
    private void OpenFromThisCall(ResolvedType type, AccessedMembers members, MethodNode site, ReflectionSite call)
    {
        if (!_openedByCall.Add((site, call, type)))
        {
            return;
        }

        var virtuals = new List<ResolvedMethod>();
        var (methods, constructs) = ReflectedMembers.Select(_store.Context.Hierarchy, type, members, includeStaticConstructor: true, call.Lookup, virtuals);
        Reach(type, methods, constructs, site, call);
        ReadFields(type, members, site, call);
        FindOverrides(virtuals, site, call);
        InspectAttributes(type, members, site, call);
    }

    /// <summary>Reaches the <paramref name="members"/> of <paramref name="type"/> not reached by reflection before.</summary>
    private void Open(ResolvedType type, AccessedMembers members, MethodNode site, ReflectionSite call)
    {
        var opened = call.ReturnsWhatItConstructs ? _openedForCaller : _opened;
        opened.TryGetValue(type, out var before);
        var added = members & ~before;
        if (added == AccessedMembers.None)
        {
            return;
        }

        opened[type] = before | added;
        var virtuals = new List<ResolvedMethod>();
        // Operators or constructors alone may have left the static constructor out (a type without one); any other member brings it in.
        bool first = (before & ~(AccessedMembers.UserDefinedOperators | AccessedMembers.PublicConstructors | AccessedMembers.NonPublicConstructors)) == AccessedMembers.None;
        var (methods, constructs) = ReflectedMembers.Select(_store.Context.Hierarchy, type, added, includeStaticConstructor: first, virtuals: virtuals);
        Reach(type, methods, constructs, site, call);
        ReadFields(type, added, site, call);
        FindOverrides(virtuals, site, call);
        InspectAttributes(type, added, site, call);
    }

    /// <summary>Reflection that sees a type's fields can read their values and hand them on, to framework code too.</summary>
    private void ReadFields(ResolvedType type, AccessedMembers members, MethodNode site, ReflectionSite call)
    {
        if ((members & (AccessedMembers.PublicFields | AccessedMembers.NonPublicFields)) != AccessedMembers.None)
        {
            // What reflection reads it can also write: a guard on one of these fields may open.
            _world.Guards.OnFieldsReflected(type);
            _world.Escapes.OnFieldsRead(type, site, call.ILOffset);
        }
    }

    /// <summary>The one place reflection reaches members and makes the types it constructs live.</summary>
    private void Reach(ResolvedType type, List<ResolvedMethod> methods, bool constructs, MethodNode site, ReflectionSite call)
    {
        if (constructs)
        {
            var how = call.ReturnsWhatItConstructs ? InstantiationKind.ConstructedForCaller : InstantiationKind.ConstructedByReflection;
            _world.MakeLive(type, new LiveReason(site, call.ILOffset, how, _world.Epoch));
        }

        foreach (var method in methods)
        {
            _world.AddDerived(site, new DerivedEdge(call.ILOffset, _store.Node(method), EdgeKind.Reflection, _world.Epoch, call));
        }
    }

    private void FindOverrides(List<ResolvedMethod> virtuals, MethodNode site, ReflectionSite call)
    {
        foreach (var method in virtuals)
        {
            _overrides.OnFound(method, site, call);
        }
    }

    /// <summary>Members a lookup found in <paramref name="type"/>, and the overrides of the virtual ones among them.</summary>
    public void ReachFound(ResolvedType type, List<ResolvedMethod> methods, bool constructs, List<ResolvedMethod> virtuals, MethodNode site, ReflectionSite call)
    {
        Reach(type, methods, constructs, site, call);
        FindOverrides(virtuals, site, call);
    }

    /// <summary>The overrides in <paramref name="type"/> of virtual methods <paramref name="call"/> found (<see cref="ReflectedOverrides"/>).</summary>
    public void ReachOverrides(ResolvedType type, List<ResolvedMethod> methods, MethodNode site, ReflectionSite call) => Reach(type, methods, constructs: false, site, call);

    /// <summary>
    /// Reflection handed a type may read the attributes on it and on the members it sees (see <see cref="AttributeRule"/>);
    /// a member found by a constant name, a type an attribute argument names, or a type handed to a reflection primitive
    /// (<see cref="ReflectionApis.ReadsNoAttributes"/>) is not such a hand-over.
    /// </summary>
    private void InspectAttributes(ResolvedType type, AccessedMembers members, MethodNode site, ReflectionSite call)
    {
        if (call.ReadsAttributes && call.Reason is not (ReflectionReason.ConstantName or ReflectionReason.MemberHandle or ReflectionReason.AnnotatedAttributeArgument))
        {
            _attributes.Inspect(type, members, site, call);
        }
    }
}
