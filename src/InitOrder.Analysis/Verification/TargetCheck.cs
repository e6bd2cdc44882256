using System.Collections.Generic;
using System.Linq;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reachability;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// Checks an assembly without InitOrder patches against the types and assemblies a request names (the
/// CLI's --target): each call in <c>&lt;Module&gt;..cctor</c> runs before any other code of the assembly,
/// so whatever it reaches of them is reported (INIT101), and with --all-static-constructors whatever
/// any static constructor reaches (INIT104).
/// </summary>
internal static class TargetCheck
{
    /// <summary>What violations of a check name as their patch.</summary>
    public const string PatchName = "--target";

    public static bool IsRequested(VerificationRequest request) =>
        request.CheckedTypes.Count > 0 || request.CheckedAssemblies.Count > 0 || request.AllStaticConstructorsRunFirst;

    public static TargetSet TargetsOf(VerificationRequest request) => new(request.CheckedTypes, request.CheckedAssemblies);

    /// <param name="world">Grown here: the module initializers first (epoch 0), then, when asked, every static constructor (epoch 1).</param>
    public static List<ReachFinding> Find(FactStore store, LiveWorld world, TargetHits worldHits, IReadOnlyList<MethodNode> initializers, VerificationRequest request)
    {
        var targets = TargetsOf(request);
        var index = new TargetIndex(new[] { targets });
        var findings = new List<ReachFinding>();

        // The world says whether anything reaches a target; only then is each root marked on its own for the paths.
        world.Grow(0, initializers);
        if (worldHits.EarliestEpoch(0) <= 0)
        {
            var cone = initializers.Count > 1 ? ViolationFinder.TargetCone(world, 0, initializers, index) : null;
            foreach (var initializer in initializers.Where(i => cone is null || cone.Contains(i)))
            {
                Add(findings, targets, index, world, 0, new[] { initializer }, DiagnosticCodes.ReachedFromEarlierModuleInitializer, cone);
            }
        }

        if (request.AllStaticConstructorsRunFirst)
        {
            world.Grow(1, StaticConstructorRoots.All(store));
            if (worldHits.EarliestEpoch(0) <= 1)
            {
                Add(findings, targets, index, world, 1, StaticConstructorRoots.All(store), DiagnosticCodes.ReachedFromAssumedStaticConstructor);
            }
        }

        return findings;
    }

    private static void Add(List<ReachFinding> findings, TargetSet targets, TargetIndex index, LiveWorld world, int epoch, IReadOnlyList<MethodNode> roots, string code, ReachCone? cone = null)
    {
        var hits = new TargetHits(index);
        var log = RootMarking.Run(world, epoch, roots, hits, cone);
        foreach (var hit in hits.InOrder.OrderBy(h => targets.IndexOf(h.Target)))
        {
            findings.Add(new ReachFinding(code, null, hit.Target, null, log.PathTo(hit.Method), hit.Mention));
        }
    }
}
