using System.Collections.Generic;
using InitOrder.Analysis.Explanation;
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

    /// <param name="world">Grown here: the module initializers first (epoch 0), then, when asked, every static constructor (epoch 1).</param>
    public static List<Violation> Find(FactStore store, LiveWorld world, IReadOnlyList<MethodNode> initializers, VerificationRequest request)
    {
        var targets = new TargetSet(request.CheckedTypes, request.CheckedAssemblies);
        var sets = new[] { targets };
        var violations = new List<Violation>();
        // The world says whether anything reaches a target; only then are the roots searched one by one for the chains.
        world.Grow(0, initializers);
        if (WorldHits.Reaches(store, world, 0, targets))
        {
            foreach (var initializer in initializers)
            {
                Add(violations, targets, MultiRootSearch.Find(store, new[] { initializer }, sets, world.At(0)), fromStaticConstructor: false);
            }
        }

        if (request.AllStaticConstructorsRunFirst)
        {
            var roots = StaticConstructorRoots.All(store);
            world.Grow(1, roots);
            if (WorldHits.Reaches(store, world, 1, targets))
            {
                Add(violations, targets, MultiRootSearch.Find(store, roots, sets, world.At(1)), fromStaticConstructor: true);
            }
        }

        return violations;
    }

    private static void Add(List<Violation> violations, TargetSet targets, List<TargetHit> hits, bool fromStaticConstructor)
    {
        hits.Sort((a, b) => targets.IndexOf(a.Target).CompareTo(targets.IndexOf(b.Target)));
        string code = fromStaticConstructor ? DiagnosticCodes.ReachedFromAssumedStaticConstructor : DiagnosticCodes.ReachedFromEarlierModuleInitializer;
        foreach (var hit in hits)
        {
            violations.Add(new Violation(code, PatchName, hit.Target.Name, hit.Chain[0].Method,
                ViolationMessage.ForCheckedTarget(hit.Target, fromStaticConstructor, hit.Chain), hit.Chain));
        }
    }
}
