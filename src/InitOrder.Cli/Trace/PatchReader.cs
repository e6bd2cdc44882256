using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InitOrder.Analysis;
using InitOrder.Tracing.Metadata;

namespace InitOrder.Cli.Trace;

/// <summary>
/// Reads the patches of the app assemblies a run loaded, exactly as the build does: the verifier reads the generated
/// sequence and attributes and reports what it predicts. Only its patch list and verdicts are used; what touched a
/// target at run time is decided by the trace alone.
/// </summary>
internal static class PatchReader
{
    private const string PatchesType = "InitOrder.InitPatches";

    public static IReadOnlyList<PatchSource> Read(IEnumerable<string> assemblies, AssemblyCatalog catalog, string workingDirectory)
    {
        var patches = new Dictionary<(string Assembly, string Method), PatchSource>();
        foreach (string path in assemblies.Distinct(StringComparer.Ordinal))
        {
            if (!HasPatches(path, catalog))
            {
                continue;
            }

            var request = CheckCommand.CreateRequest(new CheckOptions(path), workingDirectory, out _, out _);
            var result = Verifier.Verify(request);
            foreach (var patch in result.Patches)
            {
                string assembly = string.IsNullOrEmpty(patch.DeclaringAssembly) ? result.AssemblyName ?? Path.GetFileNameWithoutExtension(path) : patch.DeclaringAssembly;
                var key = (assembly, patch.Method);
                if (!patches.ContainsKey(key))
                {
                    patches.Add(key, new PatchSource(patch, assembly, path, result.Violations.Where(v => v.Patch == patch.Method).ToList()));
                }
            }
        }

        return patches.Values.ToList();
    }

    private static bool HasPatches(string path, AssemblyCatalog catalog)
    {
        try
        {
            return File.Exists(path) && catalog[path].DefinesType(PatchesType);
        }
        catch (Exception e) when (e is BadImageFormatException || e is InvalidOperationException || e is IOException || e is UnauthorizedAccessException)
        {
            // Not a .NET assembly (or not readable): it has no patches to check.
            return false;
        }
    }
}
