using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InitOrder.Analysis;
using InitOrder.Tracing;
using InitOrder.Tracing.Metadata;

namespace InitOrder.Cli.Trace;

/// <summary>
/// Reads the traces of one run and judges every patch of the app assemblies seen: did it run, and did anything
/// (not the framework's own code) touch one of its targets before it finished. The touch decision is the oracle's
/// (<see cref="TouchFinder"/>); the build's verdicts are read only to say which findings it also predicts.
/// </summary>
internal sealed class TraceAnalyzer : IDisposable
{
    private readonly AssemblyCatalog _catalog = new();
    private readonly TouchFinder _touches;
    private readonly List<TraceDiagnostic> _diagnostics = new();
    private readonly List<TraceViolation> _violations = new();
    private readonly List<TracedPatch> _patches = new();
    private int _frameworkTouches;

    public TraceAnalyzer()
    {
        _touches = new TouchFinder(_catalog);
    }

    public TraceResult Analyze(IReadOnlyList<string> command, int exitCode, IReadOnlyList<string> traceFiles, IReadOnlyList<string> assemblies, string workingDirectory)
    {
        var processes = ProcessTraces.Read(traceFiles, _catalog, _diagnostics);
        var sources = PatchReader.Read(processes.SelectMany(p => p.AppModules).Concat(assemblies), _catalog, workingDirectory);
        ProcessTraces.LoadEvents(processes.Where(p => sources.Any(s => p.ModuleOf(s.Assembly) is not null)), _diagnostics);
        if (processes.Count > 0 && sources.Count == 0)
        {
            _diagnostics.Add(new TraceDiagnostic(DiagnosticCodes.TraceFoundNoPatches, ProblemSeverity.Warning,
                "None of the " + processes.Count + " traced processes loaded an assembly with InitOrder patches; nothing was checked. Name the app with --assembly if it should have run.", null, 0, 0));
        }

        foreach (var source in sources)
        {
            Judge(source, processes);
        }

        var seen = new HashSet<(string, string)>(_violations.Select(v => (v.Patch, v.Target.ToUpperInvariant())));
        var predictedNotSeen = sources.SelectMany(s => s.Predicted)
            .Where(v => !seen.Contains((v.Patch, v.PatchedType.ToUpperInvariant())))
            .Select(v => v.Code + " " + v.Patch + " -> " + v.PatchedType)
            .Distinct()
            .ToList();
        return new TraceResult(command, exitCode, processes.Select(p => p.ProcessId).ToList(), _patches, _violations, predictedNotSeen, _frameworkTouches, _diagnostics);
    }

    public void Dispose() => _catalog.Dispose();

    private void Judge(PatchSource source, IReadOnlyList<ProcessTrace> processes)
    {
        var patch = source.Patch;
        int dot = patch.Method.LastIndexOf('.');
        bool loaded = false;
        bool ran = false;
        foreach (var process in processes)
        {
            string? module = process.ModuleOf(source.Assembly);
            if (module is null || !File.Exists(module))
            {
                continue;
            }

            loaded = true;
            if (!process.HasEvents)
            {
                continue;
            }

            int? token = _catalog[module].FindMethod(patch.Method[..dot], patch.Method[(dot + 1)..]);
            var key = new MethodKey(module, token ?? 0);
            if (token is null || process.Trace.FirstStart(key) is not { } start)
            {
                continue;
            }

            ran = true;
            int running = process.Trace.FinishOf(start)?.Index ?? start.Index;
            var initializers = process.ModuleInitializers();
            _patches.Add(new TracedPatch(patch.Method, source.Assembly, patch.Targets.Concat(patch.Assemblies).ToList(), true, process.ProcessId,
                initializers.Where(i => i.Index < running).Select(i => i.Name).ToList(),
                initializers.Where(i => i.Index > running).Select(i => i.Name).ToList()));

            var found = _touches.Find(process.Trace, key, patch.Targets, patch.Assemblies, k => !process.Framework.Contains(k.ModulePath));
            _frameworkTouches += found.Touches.Count(t => !t.InAnalysedCode);
            // One finding per target: the earliest touch is the cause, later ones are usually what it set off (the
            // target's static constructor, its accessors), so they are named in the message rather than repeated.
            foreach (var touches in found.Touches.Where(t => t.InAnalysedCode).GroupBy(t => t.Target))
            {
                var ordered = touches.OrderBy(t => t.Observed.FirstIndex).ToList();
                Report(source, process, ordered[0], ordered.Skip(1).Select(t => t.Ran.DisplayName).Distinct().ToList());
            }
        }

        if (!ran)
        {
            _patches.Add(new TracedPatch(patch.Method, source.Assembly, patch.Targets.Concat(patch.Assemblies).ToList(), false, null, Array.Empty<string>(), Array.Empty<string>()));
            ReportNeverRan(source, loaded);
        }
    }

    private void Report(PatchSource source, ProcessTrace process, Touch touch, IReadOnlyList<string> later)
    {
        if (_violations.Any(v => v.Patch == source.Patch.Method && v.Target == touch.Target))
        {
            return;
        }

        // Where to look: the line of the code that ran the target's code, else the target's own code.
        var line = touch.By is { InAnalysedCode: true } by ? by.Frame.Line : touch.Stack[0].Line;
        string? predicted = source.Predicted.FirstOrDefault(v => string.Equals(v.PatchedType, touch.Target, StringComparison.OrdinalIgnoreCase))?.Code;
        _violations.Add(new TraceViolation(source.Patch.Method, touch.Target, touch.ToucherName, touch.Ran.DisplayName, process.ProcessId, touch.Stack, predicted));
        string message = "Patch '" + source.Patch.Method + "' targets '" + touch.Target + "', but " + WhatRan(touch) +
            " before the patch finished (process " + process.ProcessId + ")" +
            (touch.WhileCompiling is { } compiled ? ", while the JIT compiled '" + compiled.DisplayName + "'" : "") +
            (later.Count == 0 ? ". " : "; then " + Names(later) + ". ") +
            (predicted is null
                ? "The build's verifier does not predict this: the path goes through reflection, a host or code outside the build."
                : "The build's verifier finds it too (" + predicted + ").");
        _diagnostics.Add(new TraceDiagnostic(DiagnosticCodes.TouchedBeforePatch, ProblemSeverity.Error, message, line?.Path ?? touch.Observed.Key.ModulePath, line?.Line ?? 0, line?.Column ?? 0)
        {
            Stack = touch.Stack,
        });
    }

    private static string WhatRan(Touch touch) =>
        touch.By is { } by ? "'" + by.Method.DisplayName + "' ran '" + touch.Ran.DisplayName + "'" : "'" + touch.Ran.DisplayName + "' ran";

    /// <summary>At most three names: the rest of an assembly target's code that ran says nothing new.</summary>
    private static string Names(IReadOnlyList<string> names) =>
        string.Join(", ", names.Take(3).Select(n => "'" + n + "'")) + (names.Count > 3 ? " and " + (names.Count - 3) + " more" : "");

    private void ReportNeverRan(PatchSource source, bool loaded)
    {
        string file = Path.Combine(Path.GetDirectoryName(source.ReadFrom)!, source.Assembly + ".dll");
        SourceLine? line = null;
        if (File.Exists(file))
        {
            int dot = source.Patch.Method.LastIndexOf('.');
            if (_catalog[file].FindMethod(source.Patch.Method[..dot], source.Patch.Method[(dot + 1)..]) is { } token)
            {
                line = _catalog[file].LineOf(token, 0);
            }
        }

        string why = loaded
            ? "'" + source.Assembly + "' was loaded, but its module initializer never ran"
            : "no traced process loaded '" + source.Assembly + "'";
        _diagnostics.Add(new TraceDiagnostic(DiagnosticCodes.PatchNeverRan, ProblemSeverity.Error,
            "Patch '" + source.Patch.Method + "' never ran: " + why + ". Nothing was checked for its targets in this run.",
            line?.Path ?? file, line?.Line ?? 0, line?.Column ?? 0));
    }
}
