using System.Collections.Generic;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// What a patch protects: its target types (any instantiation of a generic target) and every type
/// and method of its target assemblies.
/// </summary>
internal sealed class PatchTargets
{
    public PatchTargets(DiscoveredPatch patch)
    {
        Patch = patch;
        Set = new TargetSet(patch.Attribute.Targets, patch.Attribute.Assemblies);
    }

    public DiscoveredPatch Patch { get; }

    /// <summary>The same targets without the patch, for markings that are not tied to one patch.</summary>
    public TargetSet Set { get; }

    /// <summary>Reaching code defined in a target assembly is a hit even when nothing named it (dispatch, callbacks, initializers).</summary>
    public Target? HitByDefinition(MethodNode method) => Set.HitByDefinition(method);

    /// <summary>Position of a target in the attribute, for stable report order.</summary>
    public int IndexOf(Target target) => Set.IndexOf(target);
}
