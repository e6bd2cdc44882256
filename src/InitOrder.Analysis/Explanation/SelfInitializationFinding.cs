using System.Collections.Generic;
using System.Linq;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Verification;

namespace InitOrder.Analysis.Explanation;

/// <summary>
/// INIT106: a patch runs a target's static constructor before it writes state that constructor reads. Two chains:
/// from the patch's access to the constructor, and from the constructor to its read of the written field.
/// </summary>
internal sealed class SelfInitializationFinding
{
    public SelfInitializationFinding(DiscoveredPatch patch, Target target, IReadOnlyList<ChainStep> trigger, IReadOnlyList<ChainStep> read, StaticField field)
    {
        Patch = patch;
        Target = target;
        Trigger = trigger;
        Read = read;
        Field = field;
    }

    public DiscoveredPatch Patch { get; }

    public Target Target { get; }

    /// <summary>The patch (and the methods it calls) up to the access that runs the static constructor, ending with the constructor.</summary>
    public IReadOnlyList<ChainStep> Trigger { get; }

    /// <summary>From the static constructor to the instruction that reads <see cref="Field"/>, ending with the field.</summary>
    public IReadOnlyList<ChainStep> Read { get; }

    public StaticField Field { get; }

    /// <summary>The violation: its chain is both chains joined at the static constructor, located at the patch's access.</summary>
    public Violation ToViolation()
    {
        var chain = Trigger.Take(Trigger.Count - 1).Concat(Read).ToList();
        return new Violation(DiagnosticCodes.PatchInitializesOwnTarget, Patch.Name, Target.Name, Patch.Method.FullName, Message(), chain);
    }

    private string Message()
    {
        string constructor = Read[0].DisplayName;
        return "Patch '" + Patch.Name + "' runs the static constructor of its target " + Target.Describe() + " before it writes '" +
            Field.DisplayName + "', which that constructor reads: the patch's first access to the target runs '" + constructor +
            "' (" + ChainBuilder.Format(Trigger) + "), and '" + constructor + "' reads the value the patch has not written yet (" +
            ChainBuilder.Format(Read) + "). A patch configures what its target reads: move '" + Field.DisplayName +
            "' into a type the target reads from (as the README's ThreadIdentity holds the provider ThreadRegistry reads), " +
            "or make the target read it lazily (a property or method that reads it on each use, not a static field initializer).";
    }
}
