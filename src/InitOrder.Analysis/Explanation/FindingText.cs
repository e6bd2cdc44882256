using System;
using System.Collections.Generic;
using InitOrder.Analysis.Verification;

namespace InitOrder.Analysis.Explanation;

/// <summary>
/// Puts the rules' findings into words: the public <see cref="Violation"/>s, in the order found. A chain that starts in
/// another assembly's module initializer, run by the JIT for the patch's own references, is reported at the patch: the
/// initializer has no line of the user's, and the message's fix is in the patch. A chain already
/// reported for the same patch and target is not repeated (two roots can lead the same way, and a static constructor
/// assumed to run first can be a root too).
/// </summary>
internal sealed class FindingText
{
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    public List<Violation> Violations { get; } = new();

    public void Add(IEnumerable<ReachFinding> findings)
    {
        foreach (var finding in findings)
        {
            var chain = ChainBuilder.Build(finding.Path, finding.Mention);
            string patch = finding.Patch?.Name ?? TargetCheck.PatchName;
            if (!_reported.Add(patch + "\n" + finding.Target.Name + "\n" + ChainBuilder.Format(chain)))
            {
                continue;
            }

            bool atPatch = finding.Root is { Kind: RootKind.JitTimeModuleInitializer } && finding.Patch is not null;
            Violations.Add(new Violation(finding.Code, patch, finding.Target.Name, chain[0].Method, Message(finding, chain), chain, atPatch ? finding.Patch!.Method.LocationAt(0) : null)
            {
                ReportedAt = atPatch ? finding.Patch!.Method.FullName : null,
            });
        }
    }

    public void Add(IEnumerable<SelfInitialization> findings)
    {
        foreach (var finding in findings)
        {
            Violations.Add(SelfInitializationText.ToViolation(finding));
        }
    }

    private static string Message(ReachFinding finding, IReadOnlyList<ChainStep> chain)
    {
        bool fromStaticConstructor = finding.Code == DiagnosticCodes.ReachedFromAssumedStaticConstructor;
        if (finding.Patch is null)
        {
            return ViolationMessage.ForCheckedTarget(finding.Target, fromStaticConstructor, chain);
        }

        return finding.Root is { } root
            ? ViolationMessage.Format(finding.Patch, finding.Target, root, chain)
            : ViolationMessage.ForAssumedStaticConstructor(finding.Patch.Name, finding.Target, chain);
    }
}
