using System;
using System.Collections.Generic;
using System.Linq;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Graph;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// One verification from file to findings: read the assembly and its PDB, read the initializer and
/// patch order from IL, plan the roots, search, and collect what could not be followed.
/// </summary>
internal sealed class VerificationRun
{
    // Each pass may load assemblies whose overrides the previous pass could not see; a few passes settle it.
    private const int MaxPasses = 8;

    private readonly VerificationRequest _request;
    private string? _assemblyName;
    private List<InitializerInfo> _initializers = new();
    private List<PatchInfo> _patches = new();
    private List<Violation> _violations = new();
    private List<AcceptedViolation> _accepted = new();
    private List<NotFollowedItem> _notFollowed = new();
    private int _methodsAnalysed;
    private int _edges;

    public VerificationRun(VerificationRequest request)
    {
        _request = request;
        Paths = new SourcePathMapper(request.SourceRoots, request.ProjectDirectory);
    }

    public List<Problem> Problems { get; } = new();

    private SourcePathMapper Paths { get; }

    /// <summary>The analysed assembly as messages name it: relative to the project directory when inside it.</summary>
    private string AssemblyDisplayPath => Paths.ToReportPath(_request.AssemblyPath);

    public void Execute()
    {
        var paths = Paths;
        LoadedAssembly main;
        try
        {
            main = AssemblyFileReader.Read(_request.AssemblyPath);
        }
        catch (AssemblyReadException e)
        {
            AddProblem(DiagnosticCodes.UnreadableAssembly, ProblemSeverity.Error, "Cannot verify '" + AssemblyDisplayPath + "': " + e.Message + ".");
            return;
        }

        using var assemblies = new AssemblySet(main, _request.ReferencePaths, paths);
        _assemblyName = main.Name;
        if (main.IsReferenceAssembly)
        {
            AddProblem(DiagnosticCodes.ReferenceAssemblyInput, ProblemSeverity.Error,
                "'" + AssemblyDisplayPath + "' is a reference assembly (no method bodies); verify the implementation assembly instead.");
            return;
        }

        AttachPdb(main, paths);
        Analyse(new CodeGraph(assemblies));
    }

    public VerificationResult ToResult(long milliseconds) =>
        new(_assemblyName, _initializers, _patches, _violations, _notFollowed, Problems, new AnalysisStats(_methodsAnalysed, _edges, milliseconds), _accepted);

    private void Analyse(CodeGraph graph)
    {
        var initializers = ModuleInitializerReader.Read(graph);
        var sequence = PatchSequenceReader.Read(graph);
        var patches = sequence.Patches;
        _initializers = initializers.Select(i => new InitializerInfo(i.FullName, ModuleInitializerReader.IsInitOrder(i))).ToList();
        int initOrderIndex = initializers.FindIndex(ModuleInitializerReader.IsInitOrder);

        if (initOrderIndex < 0)
        {
            _patches = patches.Select(p => ToInfo(p, new List<AnalysisRoot>())).ToList();
            if (patches.Count > 0 || PatchSequenceReader.HasPatchAttributes(graph.Assemblies.Main))
            {
                AddProblem(DiagnosticCodes.InitializerNotCalled, ProblemSeverity.Error,
                    "'" + graph.Assemblies.Main.Name + "' has [InitPatch] methods, but InitOrder's module initializer is not called from <Module>..cctor, so the patches never run first. Check that the InitOrder generator ran and that its initializer was not removed (for example by [Conditional]).");
            }
            else if (TargetCheck.IsRequested(_request))
            {
                // No patches: check what the request names instead (the CLI's --target).
                Finish(graph, SearchUntilStable(graph, reached => _violations = TargetCheck.Find(graph, initializers, _request, reached)));
            }

            return;
        }

        var earlier = initializers.Take(initOrderIndex).ToList();
        var plans = new List<List<AnalysisRoot>>();
        var reached = SearchUntilStable(graph, reachedNow =>
        {
            plans = RootPlanner.Plan(graph, earlier, sequence);
            _violations = ViolationFinder.Find(graph, patches, plans, reachedNow);
            if (_request.AllStaticConstructorsRunFirst)
            {
                StaticConstructorRoots.AddViolations(graph, patches, _violations, reachedNow);
            }
        });

        // INIT106 looks inside each patch rather than at what runs before it: a separate rule over the same graph.
        _violations.AddRange(SelfInitializationCheck.Find(graph, patches));
        _patches = patches.Select((p, i) => ToInfo(p, plans[i])).ToList();
        ListStaticConstructorsReached(graph, plans, _patches);
        Finish(graph, reached);
    }

    /// <summary>
    /// Fills <see cref="PatchInfo.MayRunBefore"/>: one more search per distinct root, over facts the violation search
    /// already built, so it costs little and does not change what was found.
    /// </summary>
    private static void ListStaticConstructorsReached(CodeGraph graph, List<List<AnalysisRoot>> plans, List<PatchInfo> patches)
    {
        var byRoot = new Dictionary<MethodNode, List<string>>();
        for (int i = 0; i < plans.Count; i++)
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var root in plans[i])
            {
                if (!byRoot.TryGetValue(root.Method, out var found))
                {
                    var list = new List<string>();
                    ReachabilitySearch.Run(graph, root.Method, m => { if (m.IsStaticConstructor) { list.Add(m.FullName); } }, (_, _) => { });
                    byRoot.Add(root.Method, found = list);
                }

                names.UnionWith(found);
            }

            patches[i].MayRunBefore = names.ToList();
        }
    }

    /// <summary>Runs <paramref name="search"/> until no pass loads an assembly with code that dispatch has not seen yet.</summary>
    private static ReachedMethods SearchUntilStable(CodeGraph graph, Action<ReachedMethods> search)
    {
        int pass = 0;
        while (true)
        {
            int implementationsBefore = graph.ImplementationAssemblyCount;
            var reached = new ReachedMethods();
            search(reached);

            // Assemblies with code loaded during the pass may hold implementations that earlier dispatch could not see.
            if (graph.ImplementationAssemblyCount == implementationsBefore || ++pass >= MaxPasses || graph.ForgetStaleDispatch() == 0)
            {
                return reached;
            }
        }
    }

    private void Finish(CodeGraph graph, ReachedMethods reached)
    {
        ApplyAcceptances(graph);
        _methodsAnalysed = graph.MethodsAnalysed;
        _edges = graph.EdgeCount;
        CollectNotFollowed(graph, reached);
    }

    /// <summary>Moves violations accepted with [AcceptViolation] out of the errors; an acceptance that matched nothing is INIT105.</summary>
    private void ApplyAcceptances(CodeGraph graph)
    {
        var main = graph.Assemblies.Main;
        var matcher = new AcceptanceMatcher(graph, AcceptanceReader.Read(main));
        (_violations, _accepted) = matcher.Apply(_violations);
        foreach (var (acceptance, place) in matcher.Unused)
        {
            string where = acceptance.IsOnAssembly ? "the assembly" : "'" + place + "'";
            string message = acceptance.Describe() + " on " + where + " matches no violation any more: remove it (the violation it accepted is gone, or the code, patch or target changed).";
            var location = acceptance.IsOnAssembly ? null : main.Lines?.Find(acceptance.Method, 0);
            Problems.Add(new Problem(DiagnosticCodes.StaleAcceptance, ProblemSeverity.Warning, message, location, _request.AssemblyPath, AssemblyDisplayPath));
        }
    }

    private void CollectNotFollowed(CodeGraph graph, ReachedMethods reached)
    {
        var log = new NotFollowedLog();
        foreach (var method in reached.InOrder)
        {
            foreach (var note in graph.FactsOf(method).Notes)
            {
                log.Add(method, note);
            }
        }

        _notFollowed = log.ToItems();
        foreach (var (method, message) in log.MalformedMethods)
        {
            AddProblem(DiagnosticCodes.MalformedMethodBody, ProblemSeverity.Warning,
                "The body of '" + method.FullName + "' in '" + method.Assembly.Name + "' was not analysed: " + message, method.Assembly.Path);
        }
    }

    private void AttachPdb(LoadedAssembly main, SourcePathMapper paths)
    {
        var pdb = PortablePdbLoader.Load(main, paths);
        main.Lines = pdb.Lines;
        if (pdb.Status == PdbStatus.Missing)
        {
            AddProblem(DiagnosticCodes.NoPdb, ProblemSeverity.Message,
                "No portable PDB found for '" + AssemblyDisplayPath + "'; InitOrder diagnostics will have no source lines.");
        }
        else if (pdb.Status == PdbStatus.Mismatched)
        {
            AddProblem(DiagnosticCodes.PdbMismatch, ProblemSeverity.Warning,
                "Ignoring the PDB for '" + AssemblyDisplayPath + "': " + pdb.Detail + ". InitOrder diagnostics will have no source lines.");
        }
    }

    private static PatchInfo ToInfo(DiscoveredPatch patch, List<AnalysisRoot> roots) =>
        new(patch.Name, patch.Attribute.Order, patch.Attribute.Targets, patch.Attribute.Assemblies, roots.Select(r => r.Method.FullName).ToList())
        {
            DeclaringAssembly = patch.Method.Assembly.Name,
        };

    /// <summary>Problems without a source line point at a file, usually the analysed assembly.</summary>
    public void AddProblem(string code, ProblemSeverity severity, string message, string? file = null)
    {
        string path = file ?? _request.AssemblyPath;
        Problems.Add(new Problem(code, severity, message, null, path, Paths.ToReportPath(path)));
    }
}
