using System.Collections.Generic;
using System.Linq;
using InitOrder.Analysis.Discovery;
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

    /// <summary>
    /// INIT104 for each target a static constructor reaches in the world of <paramref name="epoch"/>, which has every
    /// static constructor among its roots. All of them are marked at once, so each target is named once, through the
    /// static constructor nearest to it.
    /// </summary>
    public static List<ReachFinding> Find(FactStore store, LiveWorld world, TargetHits worldHits, int epoch, IReadOnlyList<DiscoveredPatch> patches)
    {
        var sets = patches.Select(p => new PatchTargets(p)).ToList();
        if (Enumerable.Range(0, sets.Count).All(set => worldHits.EarliestEpoch(set) > epoch))
        {
            return new List<ReachFinding>();
        }

        var hits = new TargetHits(new TargetIndex(sets.Select(s => s.Set).ToList()));
        var log = RootMarking.Run(world, epoch, All(store), hits);
        return hits.InOrder
            .OrderBy(h => h.Set)
            .ThenBy(h => sets[h.Set].IndexOf(h.Target))
            .Select(h => new ReachFinding(DiagnosticCodes.ReachedFromAssumedStaticConstructor, patches[h.Set], h.Target, null, log.PathTo(h.Method), h.Mention))
            .ToList();
    }
}
