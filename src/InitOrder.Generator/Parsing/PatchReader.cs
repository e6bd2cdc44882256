using System.Collections.Generic;
using System.Threading;
using InitOrder.Generator.Diagnostics;
using InitOrder.Generator.Model;
using Microsoft.CodeAnalysis;

namespace InitOrder.Generator.Parsing;

/// <summary>Turns one [InitPatch]-attributed method into a value model plus its diagnostics.</summary>
internal static class PatchReader
{
    public static PatchCandidate Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method || context.Attributes.Length == 0)
        {
            return new PatchCandidate(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        return Read(method, context.Attributes[0], cancellationToken);
    }

    /// <summary>Shared by the generator (which emits valid patches) and the analyzer (which reports the diagnostics).</summary>
    public static PatchCandidate Read(IMethodSymbol method, AttributeData attribute, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var attributeLocation = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation();

        if (PatchMethodRules.FindProblem(method) is { } problem)
        {
            // Only a diagnostic needs the display name: the generator runs this for every patch after every edit.
            var methodLocation = method.Locations.Length > 0 ? method.Locations[0] : attributeLocation;
            var displayName = method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidPatchMethod, methodLocation, displayName, problem.Problem, problem.Fix));
            return new PatchCandidate(null, new EquatableArray<DiagnosticInfo>(diagnostics));
        }

        var fullName = PatchNames.FullName(method);
        var targets = PatchTargetReader.Read(attribute, fullName, attributeLocation, diagnostics);
        if (targets is null)
        {
            return new PatchCandidate(null, new EquatableArray<DiagnosticInfo>(diagnostics));
        }

        var patch = new PatchModel(
            fullName,
            PatchNames.InvocationTarget(method),
            targets.Value.Order,
            targets.Value.Types,
            targets.Value.Assemblies,
            SourceLocation.From(attributeLocation));
        return new PatchCandidate(patch, new EquatableArray<DiagnosticInfo>(diagnostics));
    }
}
