using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using InitOrder.Generator;
using InitOrder.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace InitOrder.Tests.Direct;

/// <summary>
/// The direct-violation analyzer (and a code fix) in the Roslyn testing style: sources are marked up with the expected
/// spans (<c>{|INIT102:...|}</c>), the generator runs as in a build (it declares the attributes), the project folder is
/// <c>/0/</c> so chains show <c>Test0.cs:5</c>, and a fixed source is compared exactly.
/// </summary>
internal sealed class DirectViolationTest<TCodeFix> : CSharpCodeFixTest<DirectViolationAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    public DirectViolationTest()
    {
        // .NET 8 reference assemblies from a package the tests already restore: nothing is downloaded while testing.
        ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        TestState.AdditionalReferences.AddRange(Net80.References.All);
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ProjectDir = /0/\n"));
        // The generator is referenced as an IDE project references it, so that the code fixes' Project.GetCompilationAsync
        // sees the attributes it declares (the framework's own generator run serves only its diagnostics).
        SolutionTransforms.Add((solution, projectId) => solution.AddAnalyzerReference(projectId, new AnalyzerFileReference(typeof(InitPatchGenerator).Assembly.Location, LoadedAssemblies.Instance)));
        // The suppression check prepends a #pragma line, which no pragma can suppress here but which shifts the line the message names.
        TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
    }

    /// <summary>Hands the workspace the generator assembly this process has already loaded.</summary>
    private sealed class LoadedAssemblies : IAnalyzerAssemblyLoader
    {
        public static readonly LoadedAssemblies Instance = new();

        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => typeof(InitPatchGenerator).Assembly;
    }

    /// <summary>Expects exactly the marked-up diagnostics in <paramref name="sources"/> (Test0.cs, Test1.cs, ...) and <paramref name="expected"/>.</summary>
    public static Task VerifyAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = new DirectViolationTest<TCodeFix>();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>The diagnostic at markup location <c>{|#N:...|}</c>, with its whole message.</summary>
    public static DiagnosticResult Expect(string id, int location, string message)
        => new DiagnosticResult(id, DiagnosticSeverity.Error).WithLocation(location).WithMessage(message);
}
