using System;
using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reachability;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// Attributes are code that reflection runs (README: "What the verifier counts as runs before"):
/// <list type="bullet">
/// <item>A lookup that returns attribute instances (GetCustomAttribute(s), TypeDescriptor.GetAttributes) constructs the
/// attributes applied to what it inspects: their constructors and named property setters run, and their types are
/// live, so the framework's calls to their overrides (ValidationAttribute.IsValid) are reachable. When what it inspects
/// is not known, the attributes applied to every live or mentioned type, its members and parameters, to every reached
/// method or delegate target, its parameters and declaring type, and to the analysed assemblies count, from then on, as
/// far as the API reads that kind of element (a ParameterInfo's lookup reads only parameters' attributes,
/// <see cref="AttributeElements"/>).</item>
/// <item>Reflection handed a type (a serializer, a validator, a binder) may read the attributes on that type and on the
/// members it sees; the types those attributes name are handed to it too ([JsonDerivedType], [JsonConverter]).</item>
/// <item>A <c>typeof</c> argument passed where an attribute's constructor carries [DynamicallyAccessedMembers]
/// ([TypeConverter], System.Text.Json's [JsonConverter]) reaches those members, as ILLink's AttributeDataFlow marks them,
/// once something constructs the application (a lookup, or reflection handed the element): the framework acts on the
/// attribute object. GetCustomAttributesData constructs nothing; the types its arguments name become mentioned, as
/// Type values whose origin the code acting on them does not show. A type named only in an attribute's blob reaches
/// code no other way (ILLink keeps it regardless: keeping is not running).</item>
/// </list>
/// IsDefined constructs nothing and reads no argument: no reflective call at all.
/// </summary>
internal sealed class AttributeRule
{
    private readonly LiveWorld _world;
    private readonly FactStore _store;
    private readonly ReflectionRule _reflection;
    private readonly AttributeReader _reader;
    private readonly List<(MethodNode Site, ReflectionSite Call)> _anyElement = new();
    private readonly HashSet<(MethodNode, ReflectionSite, AttributeApplication)> _constructed = new();
    private readonly HashSet<ResolvedType> _seen = new();
    private readonly HashSet<AttributeApplication> _constructedForAnyElement = new();
    private readonly HashSet<(string?, AttributeTargets)> _lookupsCaughtUp = new();
    private readonly List<MethodNode> _delegateTargets = new();
    private readonly HashSet<MethodNode> _delegateTargetSet = new();
    private AttributeTargets _kindsConstructed;

    // Annotated typeof arguments reach their members once the application is constructed; the element each was seen on
    // names it in the chain.
    private readonly HashSet<AttributeApplication> _annotatedHanded = new();
    private readonly Dictionary<AttributeApplication, ResolvedType> _elementOf = new();

    // GetCustomAttributesData and its kin hand out the types the arguments name, as Type values of unknown origin: those
    // types count as mentioned. On an unknown element, the arguments on every live or mentioned type, from then on.
    private readonly HashSet<AttributeApplication> _argumentsMentioned = new();
    private readonly List<ResolvedType> _seenInOrder = new();
    private bool _argumentsReadAnywhere;

    public AttributeRule(LiveWorld world, FactStore store, ReflectionRule reflection)
    {
        _world = world;
        _store = store;
        _reflection = reflection;
        _reader = new AttributeReader(store);
    }

    /// <summary>Whether any lookup on an unknown element is in force: then every live or mentioned type matters.</summary>
    public bool WantsTypes => _anyElement.Count > 0 || _argumentsReadAnywhere;

    /// <summary>A lookup call: on known types or members now, on every live or mentioned type from now on otherwise.</summary>
    public void Apply(MethodNode site, ReflectionSite call, IEnumerable<ResolvedType> liveOrMentioned)
    {
        if (call.Reason == ReflectionReason.AttributeArgumentsRead)
        {
            ReadArguments(site, call);
            return;
        }

        if (call.Kind == ReflectionKind.Attributes)
        {
            foreach (var type in call.Types)
            {
                Construct(site, call, call.Lookup is { } lookup ? _reader.OnMembers(type, lookup.Members, lookup) : _reader.OnTypeAndBases(type), type);
            }

            return;
        }

        _anyElement.Add((site, call));
        if ((call.AttributeElements & ~_kindsConstructed) == 0 || !_lookupsCaughtUp.Add((call.Subject, call.AttributeElements)))
        {
            // A lookup of any attribute type on these kinds of element came first, or one of the same type and kinds:
            // every application this one sees is constructed already (and what is seen later goes to the first match).
            return;
        }

        if (call.Subject is null)
        {
            _kindsConstructed |= call.AttributeElements;
        }

        foreach (var type in liveOrMentioned)
        {
            ConstructForAnyElement(Everything(type));
        }

        for (int i = 0; i < _world.Reached.Count; i++)
        {
            OnReached(_world.Reached[i]);
        }

        for (int i = 0; i < _delegateTargets.Count; i++)
        {
            OnReached(_delegateTargets[i]);
        }

        // Constructing may load assemblies: the index loop sees them too.
        var loaded = _store.Context.Assemblies.Loaded;
        for (int i = 0; i < loaded.Count; i++)
        {
            if (!loaded[i].IsReferenceAssembly)
            {
                ConstructForAnyElement(_reader.OnAssembly(loaded[i]));
            }
        }
    }

    /// <summary>
    /// A method made into a delegate, whose <c>Method</c> hands its MethodInfo on without running it (and without naming
    /// its type): lookups on unknown elements see its attributes, its parameters' and its declaring type's, now and later.
    /// </summary>
    public void OnDelegateTarget(MethodNode method)
    {
        if (_delegateTargetSet.Add(method))
        {
            _delegateTargets.Add(method);
            OnReached(method);
        }
    }

    /// <summary>
    /// A method was reached: lookups on unknown elements see its attributes, its parameters' and its declaring type's, as
    /// code running in it can hold its reflection object without naming its type (a stack frame's method, which may be
    /// a base type's that no live or mentioned type's members include).
    /// </summary>
    public void OnReached(MethodNode method)
    {
        if (_anyElement.Count == 0)
        {
            return;
        }

        // Each element's list is the reader's (read once per element), so a method offered again costs lookups only.
        var assembly = method.Assembly;
        var definition = assembly.Reader.GetMethodDefinition(method.Handle);
        ConstructForAnyElement(_reader.On(assembly, method.Handle));
        foreach (var parameter in definition.GetParameters())
        {
            ConstructForAnyElement(_reader.On(assembly, parameter));
        }

        ConstructForAnyElement(_reader.On(assembly, definition.GetDeclaringType()));
    }

    /// <summary>
    /// A type became live or mentioned at <paramref name="site"/>: lookups on unknown elements see its attributes, and
    /// the annotated <c>typeof</c> arguments of the attributes applied to it or its members reach their members.
    /// </summary>
    public void OnTypeSeen(ResolvedType type, MethodNode site, int offset)
    {
        if (!type.HasCode)
        {
            return;
        }

        if (!_seen.Add(type))
        {
            return;
        }

        var everything = Everything(type);
        _seenInOrder.Add(type);
        foreach (var application in everything)
        {
            if (application.AnnotatedTypes.Count > 0 && !_elementOf.ContainsKey(application))
            {
                _elementOf.Add(application, type);
            }
        }

        if (_argumentsReadAnywhere)
        {
            MentionArguments(everything, site, offset);
        }

        ConstructForAnyElement(everything);
    }

    /// <summary>
    /// GetCustomAttributesData and its kin construct nothing; the types their arguments name come out as Type values
    /// whose origin the code acting on them does not show, which the rules for those reach on live or mentioned types.
    /// </summary>
    private void ReadArguments(MethodNode site, ReflectionSite call)
    {
        if (call.Kind == ReflectionKind.Attributes)
        {
            foreach (var type in call.Types)
            {
                MentionArguments(call.Lookup is { } lookup ? _reader.OnMembers(type, lookup.Members, lookup) : _reader.OnTypeAndBases(type), site, call.ILOffset);
            }

            return;
        }

        if (_argumentsReadAnywhere)
        {
            return;
        }

        _argumentsReadAnywhere = true;
        for (int i = 0, seen = _seenInOrder.Count; i < seen; i++)
        {
            MentionArguments(Everything(_seenInOrder[i]), site, call.ILOffset);
        }
    }

    private void MentionArguments(IReadOnlyList<AttributeApplication> applications, MethodNode site, int offset)
    {
        foreach (var application in applications)
        {
            if (application.NamedTypes.Count > 0 && _argumentsMentioned.Add(application))
            {
                foreach (var named in application.NamedTypes)
                {
                    _reflection.MentionNamed(named, site, offset);
                }
            }
        }
    }

    /// <summary>
    /// An application was constructed at <paramref name="site"/>: each <c>typeof</c> argument passed where
    /// [DynamicallyAccessedMembers] is reaches those members of the type it names, once.
    /// </summary>
    private void HandAnnotatedArguments(AttributeApplication application, ResolvedType? element, MethodNode site, int offset)
    {
        if (application.AnnotatedTypes.Count == 0 || !_annotatedHanded.Add(application))
        {
            return;
        }

        var shown = element ?? (_elementOf.TryGetValue(application, out var seen) ? seen : null);
        foreach (var (argument, members) in application.AnnotatedTypes)
        {
            var call = new ReflectionSite(offset, application.Display, ReflectionKind.Annotated, Array.Empty<ResolvedType>(), members,
                ReflectionReason.AnnotatedAttributeArgument, shown?.Name.DisplayName ?? "what it inspects");
            _reflection.Hand(argument, members, site, call);
        }
    }

    /// <summary>
    /// Reflection handed <paramref name="type"/> with <paramref name="members"/> visible may read the attributes on the
    /// type and on those members: they are constructed, and the types their arguments name are handed to it too.
    /// </summary>
    public void Inspect(ResolvedType type, AccessedMembers members, MethodNode site, ReflectionSite call)
    {
        var applications = _reader.SeenThrough(type, members);
        Construct(site, call, applications, type);
        foreach (var application in applications)
        {
            foreach (var named in application.NamedTypes)
            {
                _reflection.Hand(named, members, site, call);
            }
        }
    }

    /// <summary>
    /// Under lookups on unknown elements, each application is constructed once, from the first such lookup whose
    /// attribute type and element kind match (a parameter's attributes only for a lookup on parameters): one chain is
    /// enough, and a big library has tens of thousands of applications.
    /// </summary>
    private void ConstructForAnyElement(IReadOnlyList<AttributeApplication> applications)
    {
        if (_anyElement.Count == 0)
        {
            return;
        }

        foreach (var application in applications)
        {
            if (!application.ActsWhenConstructed || _constructedForAnyElement.Contains(application))
            {
                continue;
            }

            for (int i = 0; i < _anyElement.Count; i++)
            {
                var (site, call) = _anyElement[i];
                if ((application.Element & call.AttributeElements) != 0 && (call.Subject is not { } filter || _reader.IsOfType(application, filter)))
                {
                    _constructedForAnyElement.Add(application);
                    Construct(site, call, new List<AttributeApplication> { application });
                    break;
                }
            }
        }
    }

    private IReadOnlyList<AttributeApplication> Everything(ResolvedType type) => _reader.SeenThrough(type, AccessedMembers.All);

    private void Construct(MethodNode site, ReflectionSite call, IReadOnlyList<AttributeApplication> applications, ResolvedType? element = null)
    {
        foreach (var application in applications)
        {
            if (!application.ActsWhenConstructed)
            {
                continue;
            }

            if ((call.Reason == ReflectionReason.AttributeLookup && call.Subject is { } filter && !_reader.IsOfType(application, filter)) ||
                !_constructed.Add((site, call, application)))
            {
                continue;
            }

            // Constructed, a [TypeConverter] is what TypeDescriptor reads to create the converter it names: from here on.
            HandAnnotatedArguments(application, element, site, call.ILOffset);
            if (!application.RunsCode)
            {
                continue;
            }

            var attributeType = application.AttributeType!;
            var constructedHere = new LiveReason(site, call.ILOffset, InstantiationKind.ConstructedByReflection, _world.Epoch);
            if (_world.Live.Contains(attributeType))
            {
                // Live already through another call: the framework code that constructs it here calls its overrides too
                // (a validator calls IsValid), so the chain from this call shows them.
                CallbackRule.OnLive(_world, _store, new LiveReceiver(attributeType, constructedHere));
            }

            _world.MakeLive(attributeType, constructedHere);
            if (_store.TypeFacts.ClassConstructorOf(attributeType) is { } classConstructor)
            {
                _world.AddDerived(site, new DerivedEdge(call.ILOffset, classConstructor, EdgeKind.Reflection, _world.Epoch, call));
            }

            if (application.Constructor is { DeclaringType.HasCode: true } constructor)
            {
                Reach(site, call, constructor);
            }

            foreach (var setter in application.Setters)
            {
                Reach(site, call, setter);
            }
        }
    }

    private void Reach(MethodNode site, ReflectionSite call, ResolvedMethod method) =>
        _world.AddDerived(site, new DerivedEdge(call.ILOffset, _store.Node(method), EdgeKind.Reflection, _world.Epoch, call));
}
