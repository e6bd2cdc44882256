using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Tracing.Metadata;

namespace InitOrder.Tracing;

/// <summary>
/// Decides from the trace what touched a patch's targets before the patch: a target is touched when its own code ran
/// in that window (its first compilation is there, since every method is compiled right before it first runs), and
/// what ran it is read from the stack of that moment. The oracle tests and <c>initorder trace</c> both call this, and
/// it uses nothing of the verifier's analysis.
/// </summary>
public sealed class TouchFinder
{
    private readonly AssemblyCatalog _catalog;
    private readonly Dictionary<MethodKey, MethodDescription> _descriptions = new();
    private readonly Dictionary<string, bool> _files = new(StringComparer.Ordinal);
    private JitTrace? _stacksOf;
    private StackResolver? _stacks;

    public TouchFinder(AssemblyCatalog catalog)
    {
        _catalog = catalog;
    }

    /// <param name="patch">The patch method; it must have run (see <see cref="JitTrace.FirstStart"/>).</param>
    /// <param name="targets">Full metadata names of the patch's type targets.</param>
    /// <param name="assemblies">Simple names of its assembly targets.</param>
    /// <param name="isAnalysed">Whether a method's code counts (the oracle: the app's output folder; the command: not the framework).</param>
    /// <param name="collectMethodsRan">Also list every method the window saw (<see cref="PatchTouches.MethodsRan"/>): the oracle's reading of predictions, not the command's.</param>
    public PatchTouches Find(JitTrace trace, MethodKey patch, IReadOnlyList<string> targets, IReadOnlyList<string> assemblies, Func<MethodKey, bool> isAnalysed,
        bool collectMethodsRan = false)
    {
        int? cctor = _catalog[patch.ModulePath].StaticConstructorOf(patch.Token);
        var window = PatchWindow.Before(trace, patch, cctor is { } token ? new MethodKey(patch.ModulePath, token) : null);

        var touches = new List<Touch>();
        var ran = new List<string>();
        var methodsRan = new HashSet<string>(StringComparer.Ordinal);
        foreach (var observed in window)
        {
            if (!CanDescribe(observed.Key))
            {
                continue;
            }

            var method = Describe(observed.Key);
            bool analysed = isAnalysed(observed.Key);
            foreach (string target in targets.Where(method.IsCodeOf))
            {
                touches.Add(TouchOf(trace, observed, method, analysed, target, false, isAnalysed));
            }

            foreach (string assembly in assemblies.Where(method.IsCodeOfAssembly))
            {
                touches.Add(TouchOf(trace, observed, method, analysed, assembly, true, isAnalysed));
            }

            if (collectMethodsRan)
            {
                methodsRan.Add(method.DisplayName);
            }

            if (analysed && method.IsStaticConstructor)
            {
                ran.Add(method.DisplayName);
            }
        }

        return new PatchTouches(touches, ran.Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList(), methodsRan);
    }

    private Touch TouchOf(JitTrace trace, ObservedMethod observed, MethodDescription ran, bool ranAnalysed, string target, bool assemblyTarget, Func<MethodKey, bool> isAnalysed)
    {
        var compiling = trace.CompilingWhen(observed.FirstIndex);
        var callers = Callers(trace, trace.Events[observed.FirstIndex], compiling);
        Toucher? direct = null;
        Toucher? by = null;
        foreach (var frame in callers.Where(f => CanDescribe(f.Method)))
        {
            var method = Describe(frame.Method);
            if (assemblyTarget ? method.IsCodeOfAssembly(target) : method.IsCodeOf(target))
            {
                continue;
            }

            var toucher = new Toucher(method, frame, isAnalysed(frame.Method));
            direct ??= toucher;
            if (toucher.InAnalysedCode)
            {
                by = toucher;
                break;
            }
        }

        var stack = new List<TraceFrame> { new(observed.Key, observed.TypeName, observed.MethodName, StacksOf(trace).LineOf(observed.Key, 0)) };
        stack.AddRange(callers);
        return new Touch(target, ran, observed)
        {
            IsAssemblyTarget = assemblyTarget,
            RanInAnalysedCode = ranAnalysed,
            InAnalysedCode = ranAnalysed || direct?.InAnalysedCode == true,
            By = by ?? direct,
            WhileCompiling = compiling is not null && CanDescribe(compiling.Key) ? Describe(compiling.Key) : null,
            Stack = stack,
        };
    }

    /// <summary>
    /// The frames that led to a first run, innermost first. When the runtime ran it on behalf of the JIT, the
    /// method being compiled goes where the JIT was called: right before the frame that called that method.
    /// </summary>
    private List<TraceFrame> Callers(JitTrace trace, JitEvent start, JitEvent? compiling)
    {
        var stacks = StacksOf(trace);
        if (compiling is null)
        {
            return stacks.Resolve(start.Stack).ToList();
        }

        var compiled = new TraceFrame(compiling.Key, compiling.TypeName, compiling.MethodName, stacks.LineOf(compiling.Key, 0));
        int caller = compiling.Stack.Count == 0 ? -1 : IndexOf(start.Stack, compiling.Stack[0]);

        // Not found: the stack was cut off before the caller, so every frame it shows ran inside the compilation.
        int split = caller < 0 ? start.Stack.Count : caller;
        var frames = stacks.Resolve(start.Stack.Take(split).ToList()).ToList();
        frames.Add(compiled);
        frames.AddRange(stacks.Resolve(start.Stack.Skip(split).ToList()));
        return frames;
    }

    private static int IndexOf(IReadOnlyList<ulong> stack, ulong address)
    {
        for (int i = 0; i < stack.Count; i++)
        {
            if (stack[i] == address)
            {
                return i;
            }
        }

        return -1;
    }

    private StackResolver StacksOf(JitTrace trace)
    {
        if (!ReferenceEquals(_stacksOf, trace))
        {
            _stacksOf = trace;
            _stacks = new StackResolver(trace, _catalog);
        }

        return _stacks!;
    }

    /// <summary>Methods of a module file on disk; IL stubs, dynamic methods and assemblies loaded from bytes have no definition to read.</summary>
    private bool CanDescribe(MethodKey key)
    {
        if (key.ModulePath.Length == 0 || key.Token == 0 || MetadataTokens.EntityHandle(key.Token).Kind != HandleKind.MethodDefinition)
        {
            return false;
        }

        if (!_files.TryGetValue(key.ModulePath, out bool exists))
        {
            exists = File.Exists(key.ModulePath);
            _files.Add(key.ModulePath, exists);
        }

        return exists;
    }

    private MethodDescription Describe(MethodKey key)
    {
        if (!_descriptions.TryGetValue(key, out var description))
        {
            description = _catalog[key.ModulePath].Describe(key.Token);
            _descriptions.Add(key, description);
        }

        return description;
    }
}
