using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Tracing.Metadata;

namespace InitOrder.Tracing;

/// <summary>
/// Decides from the trace and the IL of each method that ran what touched a patch's targets before the patch. The
/// oracle tests and <c>initorder trace</c> both call this, and it uses nothing of the verifier's analysis.
/// </summary>
public sealed class TouchFinder
{
    private readonly AssemblyCatalog _catalog;
    private readonly Dictionary<MethodKey, MethodDescription> _descriptions = new();

    public TouchFinder(AssemblyCatalog catalog)
    {
        _catalog = catalog;
    }

    /// <param name="patch">The patch method; it must have run (see <see cref="JitTrace.FirstStart"/>).</param>
    /// <param name="targets">Full metadata names of the patch's type targets.</param>
    /// <param name="assemblies">Simple names of its assembly targets.</param>
    /// <param name="isAnalysed">Whether a method's code counts (the oracle: the app's output folder; the command: not the framework).</param>
    public PatchTouches Find(JitTrace trace, MethodKey patch, IReadOnlyList<string> targets, IReadOnlyList<string> assemblies, Func<MethodKey, bool> isAnalysed)
    {
        int? cctor = _catalog[patch.ModulePath].StaticConstructorOf(patch.Token);
        var window = PatchWindow.Before(trace, patch, cctor is { } token ? new MethodKey(patch.ModulePath, token) : null);

        var touches = new List<Touch>();
        var ran = new List<string>();
        foreach (var observed in window)
        {
            if (observed.Key.ModulePath.Length == 0 || MetadataTokens.EntityHandle(observed.Key.Token).Kind != HandleKind.MethodDefinition)
            {
                continue;
            }

            var method = Describe(observed.Key);
            bool analysed = isAnalysed(observed.Key);
            touches.AddRange(targets.Where(method.Touches).Select(t => new Touch(method, t, analysed, observed)));
            touches.AddRange(assemblies.Where(method.TouchesAssembly).Select(a => new Touch(method, a, analysed, observed) { IsAssemblyTarget = true }));
            if (analysed && method.IsStaticConstructor)
            {
                ran.Add(method.DisplayName);
            }
        }

        return new PatchTouches(touches, ran.Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList());
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
