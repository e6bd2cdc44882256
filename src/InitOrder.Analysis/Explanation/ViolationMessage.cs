using System.Collections.Generic;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Verification;

namespace InitOrder.Analysis.Explanation;

/// <summary>
/// The text of INIT101/INIT102/INIT104: who is patched, what runs first, the chain, and how to fix it.
/// </summary>
internal static class ViolationMessage
{
    public static string Format(DiscoveredPatch patch, Target target, AnalysisRoot root, IReadOnlyList<ChainStep> chain) =>
        "Patch '" + patch.Name + "' targets " + target.Describe() + ", but '" + root.Method.ShortName +
        "' runs before it and reaches it: " + ChainBuilder.Format(chain) + ". " + Fix(root);

    /// <summary>INIT104 for a patch: a static constructor assumed to run before the patches (--all-static-constructors).</summary>
    public static string ForAssumedStaticConstructor(string patchName, Target target, IReadOnlyList<ChainStep> chain) =>
        "Patch '" + patchName + "' targets " + target.Describe() + ", but '" + chain[0].DisplayName +
        "', a static constructor assumed to run before the patches (--all-static-constructors), reaches it: " + ChainBuilder.Format(chain) +
        ". If that static constructor can run first, keep it from touching the target.";

    /// <summary>INIT101 or INIT104 for a checked target (--target) of an assembly without patches.</summary>
    public static string ForCheckedTarget(Target target, bool fromStaticConstructor, IReadOnlyList<ChainStep> chain) =>
        "Checked target " + target.Describe() + " is reached by '" + chain[0].DisplayName + "', " +
        (fromStaticConstructor
            ? "a static constructor assumed to run first (--all-static-constructors): "
            : "a module initializer, which runs before any other code of the assembly: ") +
        ChainBuilder.Format(chain) + ".";

    private static string Fix(AnalysisRoot root) => root.Kind switch
    {
        RootKind.EarlierModuleInitializer =>
            "Move that work out of the module initializer (or after the patch), make it an [InitPatch] with a higher Order, or stop it from touching the target.",
        RootKind.EarlierPatch =>
            "Give this patch a lower Order than '" + root.Method.ShortName + "', or stop the earlier patch from touching the target.",
        RootKind.EarlierPatchClassConstructor =>
            "Move the earlier patch to a class without static state, or give this patch a lower Order.",
        RootKind.LibraryPatches =>
            "Patches of referenced libraries run before this assembly's patches: keep them from touching the target, or apply this patch in that library.",
        RootKind.OwnClassConstructor =>
            "Move the patch to a class without static state (its static constructor runs before the patch).",
        _ =>
            "The patch's own code references that assembly, so the JIT runs its initializer before the patch: move those references into a helper method the patch calls, or reorder with Order.",
    };
}
