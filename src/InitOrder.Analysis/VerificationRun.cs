using System;
using System.Collections.Generic;
using System.Linq;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Explanation;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Facts.Cache;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Reachability;
using InitOrder.Analysis.Resolution;
using InitOrder.Analysis.Reuse;
using InitOrder.Analysis.Verification;

namespace InitOrder.Analysis;

/// <summary>
/// One verification from file to findings: read the assembly and its PDB, read the initializer and
/// patch order from IL, plan the roots, grow the live world patch by patch (see <see cref="LiveWorld"/>), explain
/// the patches it flags root by root, and collect what could not be followed.
/// </summary>
internal sealed class VerificationRun
{
    private readonly VerificationRequest _request;
    private string? _assemblyName;
    private List<InitializerInfo> _initializers = new();
    private List<PatchInfo> _patches = new();
    private List<Violation> _violations = new();
    private List<AcceptedViolation> _accepted = new();
    private List<NotFollowedItem> _notFollowed = new();
    private int _methodsAnalysed;
    private int _edges;
    private long _bytesRead;
    private readonly PhaseClock _phases = new();
    private ResultReuse? _reuse;
    private MethodReadLog? _reads;

    public VerificationRun(VerificationRequest request)
    {
        _request = request;
        Paths = new SourcePathMapper(request.SourceRoots, request.ProjectDirectory);
    }

    public List<Problem> Problems { get; } = new();

    /// <summary>The previous verification, reused because nothing it depended on changed; null when this run analysed.</summary>
    public VerificationResult? Reused { get; private set; }

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
            AddProblem(DiagnosticCodes.UnreadableAssembly, ProblemSeverity.Error, "Cannot verify '" + AssemblyDisplayPath + "': " + e.Message.TrimEnd('.') + ".");
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

        var pdb = AttachPdb(main, paths);
        if (StartReuse(main, pdb) is { } previous)
        {
            Reused = previous;
            return;
        }

        string? cacheDirectory = _request.CacheDirectory ?? FactsCache.DirectoryForTests;
        var cache = _request.ScanRepeatedTokens || string.IsNullOrEmpty(cacheDirectory) ? null : new FactsCache(cacheDirectory!, assemblies);
        var store = new FactStore(new ResolutionContext(assemblies), cache) { ScanRepeatedTokens = _request.ScanRepeatedTokens };
        Analyse(store);
        store.SaveCache();
        if (_reads is not null)
        {
            _reuse?.Seal(_reads);
        }
    }

    public VerificationResult ToResult(long milliseconds) =>
        Reused is { } previous ? WithTime(previous, milliseconds) : new(_assemblyName, _initializers, _patches, _violations, _notFollowed, Problems, new AnalysisStats(_methodsAnalysed, _edges, milliseconds, _phases.ToList(), bytesRead: _bytesRead), _accepted);

    private static VerificationResult WithTime(VerificationResult previous, long milliseconds) =>
        new(previous.AssemblyName, previous.Initializers, previous.Patches, previous.Violations, previous.NotFollowed, previous.Problems,
            new AnalysisStats(previous.Stats.MethodsAnalysed, previous.Stats.Edges, milliseconds, new[] { new PhaseTime(PhaseClock.Reuse, milliseconds) }, reused: true, bytesRead: previous.Stats.BytesRead),
            previous.Accepted);

    private void Analyse(FactStore store)
    {
        var initializers = ModuleInitializerReader.Read(store);
        var sequence = PatchSequenceReader.Read(store);
        var patches = sequence.Patches;
        _initializers = initializers.Select(i => new InitializerInfo(i.FullName, ModuleInitializerReader.IsInitOrder(i))).ToList();
        int initOrderIndex = initializers.FindIndex(ModuleInitializerReader.IsInitOrder);
        var text = new FindingText();

        if (initOrderIndex < 0)
        {
            _patches = patches.Select(p => ToInfo(p, new List<AnalysisRoot>())).ToList();
            if (patches.Count > 0 || PatchSequenceReader.HasPatchAttributes(store.Context.Assemblies.Main))
            {
                AddProblem(DiagnosticCodes.InitializerNotCalled, ProblemSeverity.Error,
                    "'" + store.Context.Assemblies.Main.Name + "' has [InitPatch] methods, but InitOrder's module initializer is not called from <Module>..cctor, so the patches never run first. Check that the InitOrder generator ran and that its initializer was not removed (for example by [Conditional]).");
            }
            else if (TargetCheck.IsRequested(_request))
            {
                // No patches: check what the request names instead (the CLI's --target).
                var checkedHits = new TargetHits(new TargetIndex(new[] { TargetCheck.TargetsOf(_request) }));
                var checkWorld = NewWorld(store, checkedHits);
                _phases.End(PhaseClock.Load, store.ScanTicks);
                text.Add(TargetCheck.Find(store, checkWorld, checkedHits, initializers, _request));
                _phases.End(PhaseClock.World, store.ScanTicks);
                _violations = text.Violations;
                Finish(store, checkWorld);
            }

            return;
        }

        // One world per patch, grown in run order: each patch's roots are added to everything that ran before. The
        // world records, as it marks, the first epoch at which each patch's targets are reached.
        var worldHits = new TargetHits(new TargetIndex(patches.Select(p => new PatchTargets(p).Set).ToList()));
        var world = NewWorld(store, worldHits);
        var plans = RootPlanner.Plan(store, initializers.Take(initOrderIndex).ToList(), sequence);
        _phases.End(PhaseClock.Load, store.ScanTicks);
        for (int patch = 0; patch < plans.Count; patch++)
        {
            world.Grow(patch, plans[patch].Select(r => r.Method));
        }

        _phases.End(PhaseClock.World, store.ScanTicks);
        text.Add(ViolationFinder.Find(world, worldHits, patches, plans));

        // INIT106 looks inside each patch, in the world once that patch has run: the next patch's world, or, after the
        // last patch, one more epoch grown only when a patch needs it.
        int afterLast = patches.Count;
        bool grownAfterLast = false;
        var selfInitializations = SelfInitializationRule.Find(store, world, patches, patch =>
        {
            if (patch + 1 < afterLast)
            {
                return patch + 1;
            }

            if (!grownAfterLast)
            {
                world.Grow(afterLast, new[] { patches[afterLast - 1].Method });
                grownAfterLast = true;
            }

            return afterLast;
        });

        if (_request.AllStaticConstructorsRunFirst)
        {
            _phases.End(PhaseClock.Explanation, store.ScanTicks);
            world.Grow(afterLast + 1, StaticConstructorRoots.All(store));
            _phases.End(PhaseClock.World, store.ScanTicks);
            text.Add(StaticConstructorRoots.Find(store, world, worldHits, afterLast + 1, patches));
        }

        text.Add(selfInitializations);
        _violations = text.Violations;
        _patches = patches.Select((p, i) => ToInfo(p, plans[i])).ToList();
        var constructors = world.Reached.Where(m => m.IsStaticConstructor).Select(m => (Epoch: world.EpochOf(m) ?? int.MaxValue, m.FullName)).ToList();
        for (int i = 0; i < _patches.Count; i++)
        {
            _patches[i].MayRunBefore = StaticConstructorsBefore(constructors, i);
            _patches[i].Reflection = ReflectionSteps.Before(world, i);
        }

        if (_request.ExplainStaticConstructors)
        {
            ExplainStaticConstructors(world);
        }

        Finish(store, world);
    }

    /// <summary>A world that records its target hits in <paramref name="hits"/>, with the knock-outs the request asks for (the oracle's, unsound on purpose).</summary>
    private LiveWorld NewWorld(FactStore store, TargetHits hits)
    {
        var world = new LiveWorld(store, hits);
        world.Reflection.Ignore(_request.IgnoredReflection);
        world.Escapes.IgnoreTypeWide = _request.IgnoreTypeWideEscapes;
        return world;
    }

    /// <summary><see cref="PatchInfo.MayRunBefore"/>: every static constructor the patch's world reaches, sorted.</summary>
    private static List<string> StaticConstructorsBefore(List<(int Epoch, string FullName)> constructors, int patch)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (epoch, name) in constructors)
        {
            if (epoch <= patch)
            {
                names.Add(name);
            }
        }

        return names.ToList();
    }

    /// <summary><see cref="PatchInfo.MayRunBeforeChains"/>: each constructor's first-mark chain, read back from the mark log.</summary>
    private void ExplainStaticConstructors(LiveWorld world)
    {
        var chains = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var constructor in world.Reached)
        {
            if (constructor.IsStaticConstructor && !chains.ContainsKey(constructor.FullName))
            {
                chains.Add(constructor.FullName, ChainBuilder.Format(ChainBuilder.Build(world.Log.PathTo(constructor), null)));
            }
        }

        foreach (var patch in _patches)
        {
            patch.MayRunBeforeChains = patch.MayRunBefore.Where(chains.ContainsKey).ToDictionary(name => name, name => chains[name], StringComparer.Ordinal);
        }
    }

    private void Finish(FactStore store, LiveWorld world)
    {
        ApplyAcceptances(store);
        _methodsAnalysed = store.MethodsAnalysed;
        _edges = store.EdgeCount;
        _bytesRead = store.Context.Assemblies.Loaded.Sum(a => (long)a.ImageSize);
        CollectNotFollowed(store, world.Reached);
        _phases.End(PhaseClock.Explanation, store.ScanTicks);
    }

    /// <summary>Moves violations accepted with [AcceptViolation] out of the errors; an acceptance that matched nothing is INIT105.</summary>
    private void ApplyAcceptances(FactStore store)
    {
        var main = store.Context.Assemblies.Main;
        var matcher = new AcceptanceMatcher(store, AcceptanceReader.Read(main));
        (_violations, _accepted) = matcher.Apply(_violations);
        foreach (var (acceptance, place) in matcher.Unused)
        {
            string where = acceptance.IsOnAssembly ? "the assembly" : "'" + place + "'";
            string message = acceptance.Describe() + " on " + where + " matches no violation any more: remove it (the violation it accepted is gone, or the code, patch or target changed).";
            var location = acceptance.IsOnAssembly ? null : main.Lines?.Find(acceptance.Method, 0);
            Problems.Add(new Problem(DiagnosticCodes.StaleAcceptance, ProblemSeverity.Warning, message, location, _request.AssemblyPath, AssemblyDisplayPath));
        }
    }

    private void CollectNotFollowed(FactStore store, IReadOnlyList<MethodNode> reached)
    {
        var log = new NotFollowedLog();
        foreach (var method in reached)
        {
            foreach (var note in store.FactsOf(method).Notes)
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

    private PdbLoadResult AttachPdb(LoadedAssembly main, SourcePathMapper paths)
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

        return pdb;
    }

    /// <summary>
    /// Starts recording what this run reads of the analysed assembly, and returns the previous verification of the
    /// project when none of it changed (see <see cref="ResultReuse"/>).
    /// </summary>
    private VerificationResult? StartReuse(LoadedAssembly main, PdbLoadResult pdb)
    {
        if (ResultReuse.FolderOf(_request) is not { } folder)
        {
            return null;
        }

        _reads = new MethodReadLog();
        main.Reads = _reads;
        if (main.Lines is { } lines)
        {
            lines.Reads = _reads;
        }

        _reuse = new ResultReuse(folder, main, ReuseKey.Compute(_request, pdb));
        return _reuse.TryLoad();
    }

    /// <summary>Keeps this run's findings for the next build's <see cref="StartReuse"/>; only a run that finished normally.</summary>
    public void SaveForReuse(VerificationResult result)
    {
        if (Reused is null)
        {
            _reuse?.Save(result);
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
