using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Resolution;

/// <summary>
/// The candidates for callvirt, ldvirtftn and constrained calls: every method in followed code that a call to a
/// virtual (or static virtual) method might dispatch to by the class hierarchy. Matching is by name and signature
/// shape on possible subtypes, plus explicit implementations from the MethodImpl table. Which of them can really run
/// is decided by the live types (Reachability/DispatchRule). Assemblies loaded after a query are indexed on the next.
/// </summary>
internal sealed class VirtualDispatchIndex
{
    private const int ScansBeforeGrouping = 8;

    private readonly AssemblySet _assemblies;
    private readonly TypeHierarchy _hierarchy;
    private readonly Dictionary<string, List<DispatchCandidate>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CandidatesByAncestor> _grouped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _scans = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Name), List<ResolvedMethod>> _explicitImplementations = new();
    private int _indexedAssemblies;

    public VirtualDispatchIndex(AssemblySet assemblies, TypeHierarchy hierarchy)
    {
        _assemblies = assemblies;
        _hierarchy = hierarchy;
    }

    /// <summary>
    /// How many loaded assemblies the index has seen, after indexing any new ones: answers change only when
    /// this does, so a caller that kept an answer can skip asking again.
    /// </summary>
    public int Version
    {
        get
        {
            IndexNewAssemblies();
            return _indexedAssemblies;
        }
    }

    /// <summary>
    /// Methods a call to the slot may run. An answer depends only on the name's candidates and the slot's explicit
    /// implementations, which indexing only appends to: when neither grew, the same list still answers (and callers
    /// see by its identity that nothing changed).
    /// </summary>
    public IReadOnlyList<ResolvedMethod> Implementations(DispatchSlot slot)
    {
        IndexNewAssemblies();
        if (slot.Methods is { } known && slot.Indexed == _indexedAssemblies)
        {
            return known;
        }

        if (slot.Candidates is null && _byName.TryGetValue(slot.Name, out var byName))
        {
            slot.Candidates = byName;
        }

        if (slot.Explicits is null && _explicitImplementations.TryGetValue((slot.DeclaringType.FullName, slot.Name), out var bodies))
        {
            slot.Explicits = bodies;
        }

        int candidates = slot.Candidates?.Count ?? 0;
        int explicits = slot.Explicits?.Count ?? 0;
        if (slot.Methods is null || slot.CandidateCount != candidates || slot.ExplicitCount != explicits)
        {
            slot.Methods = Find(slot.DeclaringType, slot.Name, slot.Shape);
            slot.CandidateCount = candidates;
            slot.ExplicitCount = explicits;
        }

        slot.Indexed = _indexedAssemblies;
        return slot.Methods;
    }

    private List<ResolvedMethod> Find(NamedType declaringType, string name, SignatureShape shape)
    {
        var result = new List<ResolvedMethod>();
        if (_byName.TryGetValue(name, out var candidates))
        {
            // Only candidates that may be subtypes of the declaring type, in index order.
            foreach (int index in PossibleSubtypes(name, candidates, declaringType))
            {
                // Instance dispatch lands on virtual methods; static virtual interface members are implemented by static methods.
                var candidate = candidates[index];
                bool kindMatches = shape.IsInstance ? candidate.IsVirtual : !candidate.Shape.IsInstance;
                if (kindMatches && candidate.Shape.Matches(shape))
                {
                    result.Add(candidate.Method);
                }
            }
        }

        if (_explicitImplementations.TryGetValue((declaringType.FullName, name), out var bodies))
        {
            result.AddRange(bodies);
        }

        return result;
    }

    /// <summary>
    /// Indexes of the name's candidates whose type may be <paramref name="declaringType"/> or derive from it. The first
    /// few queries of a name check every candidate; a name asked about more often is grouped by ancestor once
    /// (grouping costs about as much as a handful of scans).
    /// </summary>
    private IEnumerable<int> PossibleSubtypes(string name, List<DispatchCandidate> candidates, NamedType declaringType)
    {
        if (_grouped.TryGetValue(name, out var grouped) && grouped.Count == candidates.Count)
        {
            return grouped.For(declaringType.FullName);
        }

        _scans.TryGetValue(name, out int scans);
        _scans[name] = ++scans;
        if (scans > ScansBeforeGrouping)
        {
            grouped = new CandidatesByAncestor(candidates, _hierarchy);
            _grouped[name] = grouped;
            return grouped.For(declaringType.FullName);
        }

        return Scan(candidates, declaringType);
    }

    private IEnumerable<int> Scan(List<DispatchCandidate> candidates, NamedType declaringType)
    {
        for (int i = 0; i < candidates.Count; i++)
        {
            if (IsPossibleSubtype(candidates[i].Method.DeclaringType, declaringType))
            {
                yield return i;
            }
        }
    }

    private bool IsPossibleSubtype(ResolvedType type, NamedType declaringType)
    {
        if (type.Name.FullName == declaringType.FullName)
        {
            return true;
        }

        var ancestors = _hierarchy.Ancestors(type);
        return ancestors.Contains(declaringType.FullName) || !ancestors.IsComplete;
    }

    private void IndexNewAssemblies()
    {
        var loaded = _assemblies.Loaded;
        for (; _indexedAssemblies < loaded.Count; _indexedAssemblies++)
        {
            if (!loaded[_indexedAssemblies].IsReferenceAssembly)
            {
                Index(loaded[_indexedAssemblies]);
            }
        }
    }

    private void Index(LoadedAssembly assembly)
    {
        var reader = assembly.Reader;
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = new ResolvedType(assembly, typeHandle);
            foreach (var methodHandle in type.Definition.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                string name = assembly.Strings.Get(method.Name);
                if (!_byName.TryGetValue(name, out var list))
                {
                    list = new List<DispatchCandidate>();
                    _byName.Add(name, list);
                }

                bool isVirtual = (method.Attributes & MethodAttributes.Virtual) != 0;
                list.Add(new DispatchCandidate(new ResolvedMethod(type, methodHandle), SignatureShape.Read(reader, method.Signature), isVirtual));
            }

            foreach (var implHandle in type.Definition.GetMethodImplementations())
            {
                IndexExplicitImplementation(type, reader.GetMethodImplementation(implHandle));
            }
        }
    }

    private void IndexExplicitImplementation(ResolvedType type, MethodImplementation implementation)
    {
        if (implementation.MethodBody.Kind != HandleKind.MethodDefinition)
        {
            return;
        }

        var declaration = MethodDeclarationName.Read(type.Assembly, implementation.MethodDeclaration);
        if (declaration is null)
        {
            return;
        }

        var key = (declaration.Value.TypeFullName, declaration.Value.Name);
        if (!_explicitImplementations.TryGetValue(key, out var list))
        {
            list = new List<ResolvedMethod>();
            _explicitImplementations.Add(key, list);
        }

        list.Add(new ResolvedMethod(type, (MethodDefinitionHandle)implementation.MethodBody));
    }
}
