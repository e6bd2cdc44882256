using System.Collections.Generic;
using InitOrder.Analysis.Graph;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// What reflection reaches, by the three rules of <see cref="ReflectionKind"/>:
/// <list type="bullet">
/// <item>Annotated: the members the trimmer's annotation names, of the types that flow in.</item>
/// <item>Live and mentioned types: from the first such call on, every member of every type that is live or mentioned
/// (typeof, a type token, a generic argument) anywhere before the patch, including types that become so later.</item>
/// <item>Any type: every member of every type of the analysed assemblies, as they load.</item>
/// </list>
/// Each member is reached from the reflective call, so a chain shows <c>… → Api() ⇒ (reflection) Type.Member()</c>.
/// </summary>
internal sealed class ReflectionRule
{
    private readonly LiveWorld _world;
    private readonly CodeGraph _graph;
    private readonly Dictionary<ResolvedType, bool> _mentioned = new();
    private readonly List<ResolvedType> _mentionedInOrder = new();
    private readonly HashSet<ResolvedType> _fullyOpen = new();
    private readonly HashSet<(ReflectionSite, ResolvedType)> _annotatedDone = new();
    private readonly List<ReflectionUse> _uses = new();
    private readonly HashSet<(MethodNode, ReflectionSite)> _used = new();
    private (MethodNode Site, ReflectionSite Call)? _unbounded;
    private (MethodNode Site, ReflectionSite Call)? _anyType;
    private int _assembliesOpened;

    public ReflectionRule(LiveWorld world, CodeGraph graph)
    {
        _world = world;
        _graph = graph;
    }

    /// <summary>Every reflective call reached, in reach order.</summary>
    public IReadOnlyList<ReflectionUse> Uses => _uses;

    public void Apply(MethodNode site, ReflectionSite call)
    {
        if (!_used.Add((site, call)))
        {
            return;
        }

        _uses.Add(new ReflectionUse(site, call, _world.Epoch));
        switch (call.Kind)
        {
            case ReflectionKind.Annotated:
                foreach (var type in call.Types)
                {
                    if (_annotatedDone.Add((call, type)))
                    {
                        Open(type, call.Members, site, call);
                    }
                }

                break;
            case ReflectionKind.LiveAndMentionedTypes:
                StartUnbounded(site, call);
                break;
            case ReflectionKind.AnyType:
                StartUnbounded(site, call);
                if (_anyType is null)
                {
                    _anyType = (site, call);
                    OpenNewAssemblies();
                }

                break;
        }
    }

    /// <summary>A type named by reached code (not as a member's owner, not only in a signature).</summary>
    public void OnMentioned(NamedType named)
    {
        if (_graph.Types.Resolve(named) is not { HasCode: true } type || _mentioned.ContainsKey(type))
        {
            return;
        }

        _mentioned.Add(type, true);
        _mentionedInOrder.Add(type);
        if (_unbounded is { } rule)
        {
            OpenAll(type, rule.Site, rule.Call);
        }
    }

    public void OnLive(ResolvedType type)
    {
        if (_unbounded is { } rule)
        {
            OpenAll(type, rule.Site, rule.Call);
        }
    }

    /// <summary>At a fixpoint: assemblies loaded since are opened too when any type may be reflected on.</summary>
    public void OnIdle() => OpenNewAssemblies();

    private void StartUnbounded(MethodNode site, ReflectionSite call)
    {
        if (_unbounded is not null)
        {
            return;
        }

        _unbounded = (site, call);
        // Types that were live or mentioned before this call count too; later ones are opened as they come.
        for (int i = 0; i < _world.Live.InOrder.Count; i++)
        {
            OpenAll(_world.Live.InOrder[i], site, call);
        }

        for (int i = 0; i < _mentionedInOrder.Count; i++)
        {
            OpenAll(_mentionedInOrder[i], site, call);
        }
    }

    private void OpenNewAssemblies()
    {
        if (_anyType is not { } rule)
        {
            return;
        }

        var loaded = _graph.Assemblies.Loaded;
        for (; _assembliesOpened < loaded.Count; _assembliesOpened++)
        {
            var assembly = loaded[_assembliesOpened];
            if (assembly.IsReferenceAssembly)
            {
                continue;
            }

            foreach (var handle in assembly.Reader.TypeDefinitions)
            {
                OpenAll(new ResolvedType(assembly, handle), rule.Site, rule.Call);
            }
        }
    }

    private void OpenAll(ResolvedType type, MethodNode site, ReflectionSite call)
    {
        if (_fullyOpen.Add(type))
        {
            Open(type, AccessedMembers.All, site, call);
        }
    }

    private void Open(ResolvedType type, AccessedMembers members, MethodNode site, ReflectionSite call)
    {
        var (methods, constructs) = ReflectedMembers.Select(_graph.Hierarchy, type, members);
        if (constructs)
        {
            _world.MakeLive(type, new LiveReason(site, call.ILOffset, "constructed by reflection", _world.Epoch));
        }

        foreach (var method in methods)
        {
            _world.AddDerived(site, new DerivedEdge(call.ILOffset, _graph.Node(method), EdgeKind.Reflection, _world.Epoch, call.Api, Rule(call)));
        }
    }

    /// <summary>The rule as a chain's note says it.</summary>
    public static string Rule(ReflectionSite call) => call.Kind switch
    {
        ReflectionKind.Annotated => call.Why,
        ReflectionKind.LiveAndMentionedTypes => call.Why + "; so every member of every live or mentioned type counts",
        _ => call.Why + "; so every member of every analysed type counts",
    };
}
