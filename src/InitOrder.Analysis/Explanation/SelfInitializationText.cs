using System.Collections.Generic;
using System.Linq;
using InitOrder.Analysis.Verification;

namespace InitOrder.Analysis.Explanation;

/// <summary>
/// INIT106 in words. Two chains: from the patch's access to the constructor, and from the constructor to its read of
/// the written field; the violation's chain is both, joined at the constructor, located at the patch's access.
/// </summary>
internal static class SelfInitializationText
{
    public static Violation ToViolation(SelfInitialization finding)
    {
        var trigger = TriggerChain(finding);
        var read = ReadChain(finding);
        var chain = trigger.Take(trigger.Count - 1).Concat(read).ToList();
        var patch = finding.Patch;
        return new Violation(DiagnosticCodes.PatchInitializesOwnTarget, patch.Name, finding.Target.Name, patch.Method.FullName, Message(finding, trigger, read), chain);
    }

    private static List<ChainStep> TriggerChain(SelfInitialization finding)
    {
        var steps = new List<ChainStep>();
        for (int i = 0; i < finding.Trigger.Count; i++)
        {
            var (method, offset) = finding.Trigger[i];
            bool last = i == finding.Trigger.Count - 1;
            steps.Add(ChainBuilder.Step(method, offset, last ? "triggers" : "calls", ChainLink.Direct));
        }

        steps.Add(new ChainStep(finding.Constructor.FullName, finding.Constructor.ShortName, null));
        return steps;
    }

    private static List<ChainStep> ReadChain(SelfInitialization finding)
    {
        var steps = ChainBuilder.Build(finding.Read, null);
        var reader = finding.Read[finding.Read.Count - 1].Method;
        steps[steps.Count - 1] = ChainBuilder.Step(reader, finding.ReadOffset, "reads", ChainLink.Direct, steps[steps.Count - 1].Note);
        steps.Add(new ChainStep(finding.Field.FullName, finding.Field.DisplayName, null));
        return steps;
    }

    private static string Message(SelfInitialization finding, IReadOnlyList<ChainStep> trigger, IReadOnlyList<ChainStep> read)
    {
        string constructor = read[0].DisplayName;
        string field = finding.Field.DisplayName;
        return "Patch '" + finding.Patch.Name + "' runs the static constructor of its target " + finding.Target.Describe() + " before it writes '" +
            field + "', which that constructor reads: the patch's first access to the target runs '" + constructor +
            "' (" + ChainBuilder.Format(trigger) + "), and '" + constructor + "' reads the value the patch has not written yet (" +
            ChainBuilder.Format(read) + "). A patch configures what its target reads: move '" + field +
            "' into a type the target reads from (as the README's ThreadIdentity holds the provider ThreadRegistry reads), " +
            "or make the target read it lazily (a property or method that reads it on each use, not a static field initializer).";
    }
}
