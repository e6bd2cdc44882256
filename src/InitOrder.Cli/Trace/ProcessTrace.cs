using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InitOrder.Tracing;
using InitOrder.Tracing.Metadata;

namespace InitOrder.Cli.Trace;

/// <summary>
/// One traced process: the fast facts of its trace (modules, IL maps) at once, and its JIT events with stacks only
/// when it loaded an assembly with patches (<see cref="LoadEvents"/>).
/// </summary>
internal sealed class ProcessTrace
{
    /// <summary>InitOrder's own module initializer: behind the package's bootstrap file, or standalone without it.</summary>
    private static readonly string[] s_initOrderInitializers = { "InitOrder.Generated.InitOrderBootstrap", "InitOrder.Generated.InitOrderModuleInitializer" };

    private readonly string _file;
    private readonly AssemblyCatalog _catalog;
    private JitTrace? _trace;
    private IReadOnlyList<(int Index, string Name)>? _initializers;

    public ProcessTrace(string file, TraceFacts facts, AssemblyCatalog catalog)
    {
        _file = file;
        _catalog = catalog;
        Facts = facts;
        Framework = FrameworkFolder.Of(facts.Modules);
    }

    public TraceFacts Facts { get; }

    public int ProcessId => Facts.ProcessId;

    public FrameworkFolder Framework { get; }

    /// <summary>The events, once <see cref="LoadEvents"/> succeeded.</summary>
    public JitTrace Trace => _trace ?? throw new InvalidOperationException("The events of process " + ProcessId + " were not loaded.");

    public bool HasEvents => _trace is not null;

    /// <summary>Loaded modules that are not the framework's or the SDK's: where app patches can be.</summary>
    public IEnumerable<string> AppModules => Facts.Modules.Where(m => !Framework.Contains(m));

    /// <summary>The full read, with stacks (TraceLog): the costly part, done only for processes that loaded patches.</summary>
    public void LoadEvents() => _trace = JitTrace.Load(_file, Facts);

    /// <summary>The loaded file of an assembly, by simple name, or null when the process never loaded it.</summary>
    public string? ModuleOf(string assemblyName) =>
        Facts.Modules.FirstOrDefault(m => string.Equals(Path.GetFileNameWithoutExtension(m), assemblyName, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The <c>[ModuleInitializer]</c> methods of the app's assemblies that ran, in the order they first ran: (event
    /// index, name). They are the calls of each <c>&lt;Module&gt;..cctor</c> that ran, read from its IL. InitOrder's own
    /// initializer is left out: it is what runs the patches.
    /// </summary>
    public IReadOnlyList<(int Index, string Name)> ModuleInitializers() => _initializers ??= FindModuleInitializers();

    private IReadOnlyList<(int Index, string Name)> FindModuleInitializers()
    {
        var modules = Trace.Events
            .Where(e => e.Kind == JitEventKind.Started && e.MethodName == ".cctor" && e.TypeName == "<Module>" && !Framework.Contains(e.ModulePath))
            .Select(e => e.ModulePath)
            .Distinct(StringComparer.Ordinal)
            .Where(File.Exists);
        var found = new List<(int Index, string Name)>();
        foreach (string module in modules)
        {
            var file = _catalog[module];
            foreach (int token in file.ModuleInitializers())
            {
                var method = file.Describe(token);
                if (!s_initOrderInitializers.Contains(method.DeclaringType) && Trace.FirstStart(new MethodKey(module, token)) is { } start)
                {
                    found.Add((start.Index, method.DisplayName));
                }
            }
        }

        return found.OrderBy(f => f.Index).ToList();
    }
}
