using System.Collections.Generic;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// Lists, for each patch, everything that can run before its body: module initializers ahead of
/// InitOrder's, earlier patches, the static constructors their calls trigger (and the patch's own
/// class constructor), and the module initializers of assemblies the patch's own IL references, which
/// the JIT runs while compiling the patch. The generated ApplyAll and Patch&lt;N&gt; stubs reference
/// nothing else, so they are not roots themselves; Library&lt;N&gt; stubs run other assemblies' patches
/// first, so they are.
/// </summary>
internal static class RootPlanner
{
    public static List<List<AnalysisRoot>> Plan(FactStore store, IReadOnlyList<MethodNode> earlierInitializers, PatchSequence sequence)
    {
        var patches = sequence.Patches;
        var plans = new List<List<AnalysisRoot>>();
        foreach (var patch in patches)
        {
            var roots = new List<AnalysisRoot>();
            var seen = new HashSet<MethodNode>();
            void Add(MethodNode? method, RootKind kind)
            {
                if (method is not null && method != patch.Method && seen.Add(method))
                {
                    roots.Add(new AnalysisRoot(method, kind));
                }
            }

            foreach (var initializer in earlierInitializers)
            {
                Add(initializer, RootKind.EarlierModuleInitializer);
            }

            foreach (var library in sequence.LibraryStubs)
            {
                if (library.PatchesBefore <= patch.RunIndex)
                {
                    Add(library.Stub, RootKind.LibraryPatches);
                }
            }

            for (int earlier = 0; earlier < patch.RunIndex; earlier++)
            {
                Add(patches[earlier].Method, RootKind.EarlierPatch);
                Add(ClassConstructorOf(store, patches[earlier].Method), RootKind.EarlierPatchClassConstructor);
            }

            Add(ClassConstructorOf(store, patch.Method), RootKind.OwnClassConstructor);
            foreach (var edge in store.FactsOf(patch.Method).Edges)
            {
                if (edge.Kind == EdgeKind.ModuleInitializer)
                {
                    Add(edge.Target, RootKind.JitTimeModuleInitializer);
                }
            }

            plans.Add(roots);
        }

        return plans;
    }

    private static MethodNode? ClassConstructorOf(FactStore store, MethodNode method)
    {
        var assembly = method.Assembly;
        var type = assembly.Reader.GetMethodDefinition(method.Handle).GetDeclaringType();
        return assembly.FindStaticConstructor(type) is { } cctor ? store.Node(assembly, cctor) : null;
    }
}
