using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using InitOrder.Generator.Diagnostics;
using InitOrder.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace InitOrder.Generator.Analyzers.Direct;

/// <summary>
/// INIT102, direct: a patch's own body touches a type that a later patch of the same project targets, so that type's
/// static constructor has run before the later patch configures it. One diagnostic per later patch and target, at
/// the body's first access to the target, with the verifier's message for a one-step chain.
/// </summary>
internal static class EarlierPatchRule
{
    public static IEnumerable<Diagnostic> Check(ProjectPatch patch, List<StaticAccess> accesses, PatchIndex patches, Acceptances acceptances, ChainText chains, System.Threading.CancellationToken cancellationToken)
    {
        var reported = new HashSet<(string Patch, string Target)>();
        foreach (var access in accesses)
        {
            var target = PatchNames.MetadataName(access.Type);
            foreach (var later in patches.Targeting(access.Type, target, cancellationToken))
            {
                if (!patch.RunsBefore(later) || !reported.Add((later.FullName, target))
                    || acceptances.Accept(patch.Method, DiagnosticDescriptors.EarlierPatchTouchesTarget.Id, later.FullName, target))
                {
                    continue;
                }

                var root = ChainText.Method(patch.Method);
                var message = "Patch '" + later.FullName + "' targets '" + target + "', but '" + root + "' runs before it and reaches it: " +
                    chains.Step(root, access.Syntax) + ChainText.Arrow + access.MemberDisplay +
                    ". Give this patch a lower Order than '" + root + "', or stop the earlier patch from touching the target.";
                var properties = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new[]
                {
                    new KeyValuePair<string, string?>(DirectViolationProperties.Patch, later.FullName),
                    new KeyValuePair<string, string?>(DirectViolationProperties.EarlierPatch, patch.FullName),
                    new KeyValuePair<string, string?>(DirectViolationProperties.Target, target),
                });
                yield return Diagnostic.Create(DiagnosticDescriptors.EarlierPatchTouchesTarget, access.Syntax.GetLocation(), properties, message);
            }
        }
    }
}
