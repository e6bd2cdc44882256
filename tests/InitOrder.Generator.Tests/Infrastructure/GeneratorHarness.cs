using System.Collections.Generic;
using System.Linq;
using Basic.Reference.Assemblies;
using InitOrder.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using System.Collections.Immutable;
using InitOrder.Generator.Analyzers;

namespace InitOrder.Generator.Tests.Infrastructure;

/// <summary>Compiles sources in memory against .NET 8 reference assemblies and runs the real generator.</summary>
internal static class GeneratorHarness
{
    /// <summary>The package's real bootstrap file, as the build targets put it first in @(Compile).</summary>
    public static string BootstrapSource => System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.Root, "build", "InitOrder.Bootstrap.cs"));

    public static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> files, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var parseOptions = new CSharpParseOptions(languageVersion);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, f.Path));
        return CSharpCompilation.Create(
            "Consumer",
            trees,
            Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
    }

    public static GeneratorRun Run(
        string source,
        bool withBootstrap = true,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        IReadOnlyDictionary<string, string>? properties = null)
    {
        var files = new List<(string, string)>();
        if (withBootstrap)
        {
            files.Add(("/pkg/build/InitOrder.Bootstrap.cs", BootstrapSource));
        }

        files.Add(("/src/Patches.cs", source));
        return Run(Compile(files, languageVersion), properties);
    }

    public static GeneratorRun Run(CSharpCompilation compilation, IReadOnlyDictionary<string, string>? properties = null)
    {
        var driver = CreateDriver(compilation, properties);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestOptionsProvider(properties ?? new Dictionary<string, string>()));
        var diagnostics = output
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new InitPatchAnalyzer(), new AcceptViolationAnalyzer()), analyzerOptions)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return new GeneratorRun(driver, output, driver.GetRunResult().Results.Single(), diagnostics);
    }

    public static GeneratorDriver CreateDriver(CSharpCompilation compilation, IReadOnlyDictionary<string, string>? properties = null)
        => CSharpGeneratorDriver.Create(
            new[] { new InitPatchGenerator().AsSourceGenerator() },
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            optionsProvider: new TestOptionsProvider(properties ?? new Dictionary<string, string>()),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
}
