using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Oracle.Tests.Metadata;
using InitOrder.Oracle.Tests.Tracing;

namespace InitOrder.Oracle.Tests.Comparison;

/// <summary>
/// Puts the verifier's result next to the trace, patch by patch. Analysed code is what the build gives the verifier
/// bodies of (the app and the libraries in its output folder); framework code is listed but not held against it,
/// since a build only passes the framework's reference assemblies.
/// </summary>
public sealed class OracleComparer
{
    private readonly AssemblyCatalog _catalog;
    private readonly Dictionary<MethodKey, MethodDescription> _descriptions = new();

    public OracleComparer(AssemblyCatalog catalog)
    {
        _catalog = catalog;
    }

    public IReadOnlyList<PatchComparison> Compare(VerificationResult result, JitTrace trace, string assemblyPath)
    {
        string outputDirectory = Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!;
        return result.Patches.Select(patch => ComparePatch(patch, result.Violations.Where(v => v.Patch == patch.Method).ToList(), trace, assemblyPath, outputDirectory)).ToList();
    }

    private PatchComparison ComparePatch(PatchInfo patch, List<Violation> violations, JitTrace trace, string assemblyPath, string outputDirectory)
    {
        var patchKey = KeyOf(patch, assemblyPath, outputDirectory);
        int? cctor = _catalog[patchKey.ModulePath].StaticConstructorOf(patchKey.Token);
        var window = PatchWindow.Before(trace, patchKey, cctor is { } token ? new MethodKey(patchKey.ModulePath, token) : null);

        var touches = new List<Touch>();
        var ran = new List<string>();
        foreach (var observed in window)
        {
            if (observed.Key.ModulePath.Length == 0 || MetadataTokens.EntityHandle(observed.Key.Token).Kind != System.Reflection.Metadata.HandleKind.MethodDefinition)
            {
                continue;
            }

            var method = Describe(observed.Key);
            bool analysed = observed.Key.IsIn(outputDirectory);
            touches.AddRange(patch.Targets.Where(method.Touches).Select(t => new Touch(method, t, analysed)));
            touches.AddRange(patch.Assemblies.Where(method.TouchesAssembly).Select(a => new Touch(method, a, analysed)));
            if (analysed && method.IsStaticConstructor)
            {
                ran.Add(method.DisplayName);
            }
        }

        var misses = touches.Where(t => t.InAnalysedCode).Select(t => Judge(patch, violations, t)).OfType<Miss>().Distinct().ToList();
        return new PatchComparison(patch, violations, touches, ran.Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList(), misses);
    }

    /// <summary>A touch is accounted for when the target is reported and, for a static constructor, the verifier lists it.</summary>
    public static Miss? Judge(PatchInfo patch, IReadOnlyList<Violation> violations, Touch touch)
    {
        if (!violations.Any(v => string.Equals(v.PatchedType, touch.Target, StringComparison.OrdinalIgnoreCase)))
        {
            return new Miss(patch.Method, touch.Target, touch.Method.DisplayName, "the verifier reported no violation for that target");
        }

        if (touch.Method.IsStaticConstructor && !patch.MayRunBefore.Contains(touch.Method.DisplayName))
        {
            return new Miss(patch.Method, touch.Target, touch.Method.DisplayName, "the verifier does not list it among the static constructors that may run before the patch");
        }

        return null;
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

    /// <summary>The patch method's file and token, from the contract's name form <c>Ns.Type.Method</c>.</summary>
    private MethodKey KeyOf(PatchInfo patch, string assemblyPath, string outputDirectory)
    {
        var main = _catalog[Path.GetFullPath(assemblyPath)];
        string file = string.IsNullOrEmpty(patch.DeclaringAssembly) || patch.DeclaringAssembly == main.Name
            ? Path.GetFullPath(assemblyPath)
            : Path.Combine(outputDirectory, patch.DeclaringAssembly + ".dll");
        int dot = patch.Method.LastIndexOf('.');
        int token = _catalog[file].FindMethod(patch.Method[..dot], patch.Method[(dot + 1)..])
            ?? throw new InvalidOperationException("Patch method not found in " + file + ": " + patch.Method);
        return new MethodKey(file, token);
    }
}
