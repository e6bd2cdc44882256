using System.Collections.Generic;
using InitOrder.Analysis.Reachability;

namespace InitOrder.Analysis.Explanation;

/// <summary>The reflective calls a patch's world reaches, as the report lists them (<see cref="PatchInfo.Reflection"/>).</summary>
internal static class ReflectionSteps
{
    public static List<ReflectionStep> Before(LiveWorld world, int patch)
    {
        var steps = new List<ReflectionStep>();
        foreach (var use in world.Reflection.Uses)
        {
            if (use.Epoch <= patch)
            {
                steps.Add(new ReflectionStep(use.Site.FullName, use.Site.LocationAt(use.Call.ILOffset), use.Call.Api, ReflectionWording.RuleName(use.Call), ReflectionWording.Why(use.Call)));
            }
        }

        return steps;
    }
}
