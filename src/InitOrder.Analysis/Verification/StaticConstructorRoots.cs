using System;
using System.Collections.Generic;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Explanation;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Reachability;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// The worst case of --all-static-constructors: every static constructor of the analysed assembly counts
/// as code that runs before the patches. ECMA-335 lets a beforefieldinit type initialize at any time
/// before its first access, so this is what a runtime may do at most.
/// </summary>
internal static class StaticConstructorRoots
{
    /// <summary>Every type's static constructor in metadata order; <c>&lt;Module&gt;..cctor</c> is the module initializer, not one of them.</summary>
    public static List<MethodNode> All(FactStore store)
    {
        var main = store.Context.Assemblies.Main;
        var roots = new List<MethodNode>();
        foreach (var type in main.Reader.TypeDefinitions)
        {
            if (main.Names.Get(type).FullName != DisplayNames.ModuleTypeName && main.FindStaticConstructor(type) is { } cctor)
            {
                roots.Add(store.Node(main, cctor));
            }
        }

        return roots;
    }

    /// <summary>INIT104 for each patch target a static constructor reaches, unless the same chain was already reported.</summary>
    /// <param name="view">The world with every static constructor added to every patch's roots.</param>
    public static void AddViolations(FactStore store, LiveWorld world, LiveView view, IReadOnlyList<DiscoveredPatch> discovered, List<Violation> violations)
    {
        var patches = new List<PatchTargets>();
        var sets = new List<TargetSet>();
        foreach (var patch in discovered)
        {
            patches.Add(new PatchTargets(patch));
            sets.Add(patches[patches.Count - 1].Set);
        }

        var reported = new HashSet<string>();
        foreach (var violation in violations)
        {
            reported.Add(Key(violation.Patch, violation.PatchedType, violation.Chain));
        }

        if (Array.TrueForAll(WorldHits.EarliestEpochs(store, world, sets), epoch => epoch > view.Epoch))
        {
            return;
        }

        var hits = MultiRootSearch.Find(store, All(store), sets, view);
        hits.Sort((a, b) => a.SetIndex != b.SetIndex
            ? a.SetIndex.CompareTo(b.SetIndex)
            : patches[a.SetIndex].IndexOf(a.Target).CompareTo(patches[b.SetIndex].IndexOf(b.Target)));
        foreach (var hit in hits)
        {
            string patch = patches[hit.SetIndex].Patch.Name;
            if (reported.Add(Key(patch, hit.Target.Name, hit.Chain)))
            {
                violations.Add(new Violation(DiagnosticCodes.ReachedFromAssumedStaticConstructor, patch, hit.Target.Name, hit.Chain[0].Method,
                    ViolationMessage.ForAssumedStaticConstructor(patch, hit.Target, hit.Chain), hit.Chain));
            }
        }
    }

    private static string Key(string patch, string target, IReadOnlyList<ChainStep> chain) => patch + "\n" + target + "\n" + ChainBuilder.Format(chain);
}
