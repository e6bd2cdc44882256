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
/// is not known, the attributes applied to every live or mentioned type, its members and parameters, and to the
/// analysed assemblies count, from then on.</item>
/// <item>Reflection handed a type (a serializer, a validator, a binder) may read the attributes on that type and on the
/// members it sees; the types those attributes name are handed to it too ([JsonDerivedType], [JsonConverter]).</item>
/// <item>A <c>typeof</c> argument passed where an attribute's constructor carries [DynamicallyAccessedMembers]
/// ([TypeConverter], System.Text.Json's [JsonConverter]) reaches those members once the element it is applied to is live
/// or mentioned, as ILLink's AttributeDataFlow marks them.</item>
/// </list>
/// Reading attributes without constructing them (IsDefined, GetCustomAttributesData) is no reflective call at all.
/// </summary>
internal sealed class AttributeRule
{
    private readonly LiveWorld _world;
    private readonly CodeGraph _graph;
    private readonly ReflectionRule _reflection;
    private readonly AttributeReader _reader;
    private readonly List<(MethodNode Site, ReflectionSite Call)> _anyElement = new();
    private readonly HashSet<(MethodNode, ReflectionSite, AttributeApplication)> _constructed = new();
    private readonly HashSet<ResolvedType> _annotatedScanned = new();

    public AttributeRule(LiveWorld world, CodeGraph graph, ReflectionRule reflection)
    {
        _world = world;
        _graph = graph;
        _reflection = reflection;
        _reader = new AttributeReader(graph);
    }

    /// <summary>Whether any lookup on an unknown element is in force: then every live or mentioned type matters.</summary>
    public bool WantsTypes => _anyElement.Count > 0;

    /// <summary>A lookup call: on known types or members now, on every live or mentioned type from now on otherwise.</summary>
    public void Apply(MethodNode site, ReflectionSite call, IEnumerable<ResolvedType> liveOrMentioned)
    {
        if (call.Kind == ReflectionKind.Attributes)
        {
            foreach (var type in call.Types)
            {
                Construct(site, call, call.Lookup is { } lookup ? _reader.OnMembers(type, lookup.Members, lookup) : _reader.OnTypeAndBases(type));
            }

            return;
        }

        _anyElement.Add((site, call));
        foreach (var type in liveOrMentioned)
        {
            Construct(site, call, Everything(type));
        }

        foreach (var assembly in _graph.Assemblies.Loaded)
        {
            if (!assembly.IsReferenceAssembly)
            {
                Construct(site, call, _reader.OnAssembly(assembly));
            }
        }
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

        if (_anyElement.Count > 0)
        {
            var everything = Everything(type);
            foreach (var (lookupSite, call) in _anyElement)
            {
                Construct(lookupSite, call, everything);
            }
        }

        if (!_annotatedScanned.Add(type))
        {
            return;
        }

        foreach (var application in Everything(type))
        {
            foreach (var (argument, members) in application.AnnotatedTypes)
            {
                var call = new ReflectionSite(offset, application.Display, ReflectionKind.Annotated, Array.Empty<ResolvedType>(), members,
                    ReflectionReason.AnnotatedAttributeArgument, type.Name.DisplayName);
                _reflection.Hand(argument, members, site, call);
            }
        }
    }

    /// <summary>
    /// Reflection handed <paramref name="type"/> with <paramref name="members"/> visible may read the attributes on the
    /// type and on those members: they are constructed, and the types their arguments name are handed to it too.
    /// </summary>
    public void Inspect(ResolvedType type, AccessedMembers members, MethodNode site, ReflectionSite call)
    {
        var applications = _reader.OnTypeAndBases(type);
        applications.AddRange(_reader.OnMembers(type, members));
        Construct(site, call, applications);
        foreach (var application in applications)
        {
            foreach (var named in application.NamedTypes)
            {
                _reflection.Hand(named, members, site, call);
            }
        }
    }

    private List<AttributeApplication> Everything(ResolvedType type)
    {
        var applications = _reader.OnTypeAndBases(type);
        applications.AddRange(_reader.OnMembers(type, AccessedMembers.All));
        return applications;
    }

    private void Construct(MethodNode site, ReflectionSite call, List<AttributeApplication> applications)
    {
        foreach (var application in applications)
        {
            if (!application.RunsCode || (call.Reason == ReflectionReason.AttributeLookup && call.Subject is { } filter && !_reader.IsOfType(application, filter)) ||
                !_constructed.Add((site, call, application)))
            {
                continue;
            }

            var attributeType = application.AttributeType!;
            _world.MakeLive(attributeType, new LiveReason(site, call.ILOffset, "constructed by reflection", _world.Epoch));
            if (_graph.Caches.ClassConstructorOf(attributeType) is { } classConstructor)
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
        _world.AddDerived(site, new DerivedEdge(call.ILOffset, _graph.Node(method), EdgeKind.Reflection, _world.Epoch, call));
}
