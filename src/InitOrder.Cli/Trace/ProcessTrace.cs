using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InitOrder.Tracing;
using InitOrder.Tracing.Metadata;

namespace InitOrder.Cli.Trace;

/// <summary>One traced process: its JIT events, which of its code is framework code, and its stacks resolved on demand.</summary>
internal sealed class ProcessTrace
{
    private readonly Lazy<StackResolver> _stacks;

    public ProcessTrace(JitTrace trace, AssemblyCatalog catalog)
    {
        Trace = trace;
        Framework = FrameworkFolder.Of(trace);
        _stacks = new Lazy<StackResolver>(() => new StackResolver(trace, catalog));
    }

    public JitTrace Trace { get; }

    public FrameworkFolder Framework { get; }

    public StackResolver Stacks => _stacks.Value;

    /// <summary>Loaded modules that are not the framework's or the SDK's: where app patches can be.</summary>
    public IEnumerable<string> AppModules => Trace.Modules.Where(m => !Framework.Contains(m));

    /// <summary>The loaded file of an assembly, by simple name, or null when the process never loaded it.</summary>
    public string? ModuleOf(string assemblyName) =>
        Trace.Modules.FirstOrDefault(m => string.Equals(Path.GetFileNameWithoutExtension(m), assemblyName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The app's module initializers (<c>&lt;Module&gt;..cctor</c>) in the order they first ran: (event index, assembly).</summary>
    public IEnumerable<(int Index, string Assembly)> ModuleInitializers() =>
        Trace.Events
            .Where(e => e.Kind == JitEventKind.Started && e.MethodName == ".cctor" && e.TypeName == "<Module>" && !Framework.Contains(e.ModulePath))
            .GroupBy(e => e.ModulePath, StringComparer.Ordinal)
            .Select(g => (g.First().Index, Path.GetFileNameWithoutExtension(g.Key)))
            .OrderBy(i => i.Index);
}
