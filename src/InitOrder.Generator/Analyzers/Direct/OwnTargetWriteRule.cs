using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using InitOrder.Generator.Diagnostics;
using InitOrder.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InitOrder.Generator.Analyzers.Direct;

/// <summary>
/// INIT106, direct: a patch, or a static method of this project that it calls, writes a static field or auto-property
/// of its own target, and the target's static field initializers or static constructor read that member. The patch's
/// first access to the target ran the static constructor, so the target captured the value before the patch wrote it.
/// </summary>
internal static class OwnTargetWriteRule
{
    public static IEnumerable<Diagnostic> Check(ProjectPatch patch, List<StaticAccess> accesses, OperationSource operations, Acceptances acceptances, ChainText chains, CancellationToken cancellationToken)
    {
        foreach (var target in Targets(patch))
        {
            if (Find(patch, target, accesses, operations, chains, cancellationToken) is not { } finding)
            {
                continue;
            }

            var name = PatchNames.MetadataName(target);
            if (acceptances.Accept(patch.Method, DiagnosticDescriptors.PatchInitializesOwnTarget.Id, patch.FullName, name))
            {
                continue;
            }

            var constructor = ChainText.StaticConstructor(target);
            var member = StaticAccessWalker.Display(target, finding.Member.Name);
            var message = "Patch '" + patch.FullName + "' runs the static constructor of its target '" + name + "' before it writes '" + member +
                "', which that constructor reads: the patch's first access to the target runs '" + constructor + "' (" + finding.Trigger +
                "), and '" + constructor + "' reads the value the patch has not written yet (" + finding.Read + "). A patch configures what its target reads: move '" +
                member + "' into a type the target reads from (as the README's ThreadIdentity holds the provider ThreadRegistry reads), " +
                "or make the target read it lazily (a property or method that reads it on each use, not a static field initializer).";
            var properties = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new[]
            {
                new KeyValuePair<string, string?>(DirectViolationProperties.Patch, patch.FullName),
                new KeyValuePair<string, string?>(DirectViolationProperties.Target, name),
                new KeyValuePair<string, string?>(DirectViolationProperties.Member, finding.Member.Name),
            });
            yield return Diagnostic.Create(DiagnosticDescriptors.PatchInitializesOwnTarget, finding.Location.GetLocation(), properties, message);
        }
    }

    private sealed record Finding(SyntaxNode Location, string Trigger, ISymbol Member, string Read);

    private static IEnumerable<INamedTypeSymbol> Targets(ProjectPatch patch)
    {
        foreach (var argument in patch.Attribute.ConstructorArguments)
        {
            var values = argument.Kind == TypedConstantKind.Array ? argument.Values : ImmutableArray.Create(argument);
            foreach (var value in values)
            {
                if (value.Value is INamedTypeSymbol type)
                {
                    yield return type.OriginalDefinition;
                }
            }
        }
    }

    private static Finding? Find(ProjectPatch patch, INamedTypeSymbol target, List<StaticAccess> accesses, OperationSource operations, ChainText chains, CancellationToken cancellationToken)
    {
        if (target.DeclaringSyntaxReferences.Length == 0)
        {
            return null;
        }

        var root = ChainText.Method(patch.Method);
        var constructor = ChainText.StaticConstructor(target);
        (SyntaxNode Location, string Chain)? trigger = null;
        var written = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var access in accesses)
        {
            if (IsOf(access, target))
            {
                trigger ??= (access.Syntax, chains.Step(root, access.Syntax) + ChainText.Arrow + constructor);
                AddWrite(access, written);
            }

            if (Helper(access, operations) is { } helper)
            {
                foreach (var inner in StaticAccessWalker.Walk(operations.Get(helper.Declaration, cancellationToken)).Where(a => IsOf(a, target)))
                {
                    trigger ??= (access.Syntax, chains.Step(root, access.Syntax) + ChainText.Arrow + chains.Step(ChainText.Method(helper.Method), inner.Syntax) + ChainText.Arrow + constructor);
                    AddWrite(inner, written);
                }
            }
        }

        if (trigger is not { } first || written.Count == 0 || FirstRead(target, written, operations, cancellationToken) is not { } read)
        {
            return null;
        }

        var step = chains.Step(constructor, read.Syntax) + ChainText.Arrow;
        if (read.Member is IPropertySymbol { GetMethod: { } getter } && getter.DeclaringSyntaxReferences.FirstOrDefault() is { } getterSyntax)
        {
            // The constructor calls the auto-property's getter, which reads the backing field: the verifier shows that call.
            step += chains.Step(ChainText.Method(getter), getterSyntax.GetSyntax(cancellationToken)) + ChainText.Arrow;
        }

        return new Finding(first.Location, first.Chain, read.Member, step + StaticAccessWalker.Display(target, read.Member.Name));
    }

    private static bool IsOf(StaticAccess access, INamedTypeSymbol target) => SymbolEqualityComparer.Default.Equals(access.Type, target);

    private static void AddWrite(StaticAccess access, HashSet<ISymbol> written)
    {
        if (access.Writes && access.Storage is { } storage && IsStorage(storage))
        {
            written.Add(storage);
        }
    }

    /// <summary>A field, or an auto-property (its backing field is what the verifier sees written and read).</summary>
    private static bool IsStorage(ISymbol member) => member switch
    {
        IFieldSymbol => true,
        IPropertySymbol property => property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property)),
        _ => false,
    };

    /// <summary>A static method of this project's source that the patch calls directly: the verifier steps into it too.</summary>
    private static (IMethodSymbol Method, SyntaxNode Declaration)? Helper(StaticAccess access, OperationSource operations)
    {
        if (access.Member is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: true } method)
        {
            return null;
        }

        method = method.PartialImplementationPart ?? method.OriginalDefinition;
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (operations.Contains(reference.SyntaxTree) && reference.GetSyntax() is MethodDeclarationSyntax { Body: not null } or MethodDeclarationSyntax { ExpressionBody: not null })
            {
                return (method, reference.GetSyntax());
            }
        }

        return null;
    }

    /// <summary>The first read of a written member in the target's static initializers (declaration order), then its static constructor.</summary>
    private static StaticAccess? FirstRead(INamedTypeSymbol target, HashSet<ISymbol> written, OperationSource operations, CancellationToken cancellationToken)
    {
        var constructors = new List<SyntaxNode>();
        foreach (var reference in target.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration)
            {
                continue;
            }

            foreach (var member in declaration.Members)
            {
                if (!member.Modifiers.Any(SyntaxKind.StaticKeyword))
                {
                    continue;
                }

                var initializers = member switch
                {
                    FieldDeclarationSyntax field => field.Declaration.Variables.Select(v => (SyntaxNode?)v.Initializer),
                    PropertyDeclarationSyntax property => new SyntaxNode?[] { property.Initializer },
                    _ => Enumerable.Empty<SyntaxNode?>(),
                };
                foreach (var initializer in initializers.OfType<SyntaxNode>())
                {
                    if (FirstReadIn(initializer, written, operations, cancellationToken) is { } read)
                    {
                        return read;
                    }
                }

                if (member is ConstructorDeclarationSyntax constructor)
                {
                    constructors.Add(constructor);
                }
            }
        }

        return constructors.Select(c => FirstReadIn(c, written, operations, cancellationToken)).FirstOrDefault(r => r is not null);
    }

    private static StaticAccess? FirstReadIn(SyntaxNode node, HashSet<ISymbol> written, OperationSource operations, CancellationToken cancellationToken)
        => StaticAccessWalker.Walk(operations.Get(node, cancellationToken)).FirstOrDefault(a => a.Reads && a.Storage is { } storage && written.Contains(storage));
}
