using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InitOrder.Tracing.Metadata;

namespace InitOrder.Oracle.Tests.Comparison;

/// <summary>
/// Puts the verifier's result next to the trace, patch by patch. Analysed code is what the build gives the verifier
/// bodies of (the app and the libraries in its output folder); framework code is listed but not held against it,
/// since a build only passes the framework's reference assemblies.
/// </summary>
public sealed class OracleComparer
{
    private readonly AssemblyCatalog _catalog;
    private readonly TouchFinder _touches;

    public OracleComparer(AssemblyCatalog catalog)
    {
        _catalog = catalog;
        _touches = new TouchFinder(catalog);
    }

    public IReadOnlyList<PatchComparison> Compare(VerificationResult result, JitTrace trace, string assemblyPath)
    {
        string outputDirectory = Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!;
        return result.Patches.Select(patch => ComparePatch(patch, result.Violations.Where(v => v.Patch == patch.Method).ToList(), trace, assemblyPath, outputDirectory)).ToList();
    }

    private PatchComparison ComparePatch(PatchInfo patch, List<Violation> violations, JitTrace trace, string assemblyPath, string outputDirectory)
    {
        var patchKey = KeyOf(patch, assemblyPath, outputDirectory);
        var found = _touches.Find(trace, patchKey, patch.Targets, patch.Assemblies, key => key.IsIn(outputDirectory), Samples.OracleMeasurement.ExplainPredictions);
        var misses = found.Touches.Where(t => t.InAnalysedCode).Select(t => Judge(patch, violations, t)).OfType<Miss>().Distinct().ToList();
        return new PatchComparison(patch, violations, found.Touches, found.StaticConstructorsRan, misses) { MethodsRan = found.MethodsRan };
    }

    /// <summary>
    /// A touch is accounted for when the target is reported and the verifier lists the analysed static constructors
    /// the touch shows running before the patch: the one that ran the target's code, and the target's own.
    /// </summary>
    public static Miss? Judge(PatchInfo patch, IReadOnlyList<Violation> violations, Touch touch)
    {
        if (!violations.Any(v => string.Equals(v.PatchedType, touch.Target, StringComparison.OrdinalIgnoreCase)))
        {
            return new Miss(patch.Method, touch.Target, touch.ToString(), "the verifier reported no violation for that target");
        }

        var unlisted = StaticConstructors(touch).FirstOrDefault(c => !patch.MayRunBefore.Contains(c.DisplayName));
        return unlisted is null
            ? null
            : new Miss(patch.Method, touch.Target, unlisted.DisplayName, "the verifier does not list it among the static constructors that may run before the patch");
    }

    private static IEnumerable<MethodDescription> StaticConstructors(Touch touch)
    {
        if (touch.By is { InAnalysedCode: true } by && by.Method.IsStaticConstructor)
        {
            yield return by.Method;
        }

        if (touch.RanInAnalysedCode && touch.Ran.IsStaticConstructor)
        {
            yield return touch.Ran;
        }
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
