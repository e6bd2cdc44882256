using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using InitOrder.Benchmarks.BuildOverhead;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InitOrder.Benchmarks.IdeLoop;

/// <summary>
/// The consumer of the build benchmark (same generated files, the package's bootstrap first) as an in-memory
/// compilation against the SDK's reference assemblies, and the edits an IDE would hand the generators.
/// </summary>
internal sealed class DriverWorkspace
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private DriverWorkspace(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, int files)
    {
        Trees = trees;
        References = references;
        Files = files;
    }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public ImmutableArray<MetadataReference> References { get; }

    public int Files { get; }

    public static DriverWorkspace Create(string repository, int files, int patches)
    {
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>(files + 1);
        string bootstrap = Path.Combine(repository, "build", "InitOrder.Bootstrap.cs");
        trees.Add(CSharpSyntaxTree.ParseText(File.ReadAllText(bootstrap), ParseOptions, bootstrap));
        for (int i = 0; i < files; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(ConsumerProjectWriter.Source(i, i < patches), ParseOptions, "/consumer/Type" + i + ".cs"));
        }

        var references = Directory.GetFiles(ReferencePackFolder(), "*.dll")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
        return new DriverWorkspace(trees.MoveToImmutable(), references, files);
    }

    /// <summary>A fresh compilation: nothing bound yet, as after the project is loaded.</summary>
    public CSharpCompilation Compilation() => CSharpCompilation.Create(
        "Consumer",
        Trees,
        References,
        new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// Edit number <paramref name="edit"/>: a method body in a file without a patch (the second half of the files),
    /// a different file each time, as when a developer types in code that has nothing to do with patches.
    /// </summary>
    public (SyntaxTree Old, SyntaxTree New) Edit(CSharpCompilation current, int edit) => EditFile(current, Files / 2 + edit % (Files / 2), edit);

    /// <summary>The same edit in file number <paramref name="file"/> (the first files hold the patches).</summary>
    public (SyntaxTree Old, SyntaxTree New) EditFile(CSharpCompilation current, int file, int edit)
    {
        string path = "/consumer/Type" + file + ".cs";
        var old = current.SyntaxTrees.Single(t => t.FilePath == path);
        string text = old.GetText().ToString();
        int at = text.IndexOf("int sum = x", StringComparison.Ordinal) + "int sum = x".Length;
        int end = text.IndexOf(';', at);
        string edited = text.Substring(0, at) + " + " + (edit + 1) + text.Substring(end);
        return (old, CSharpSyntaxTree.ParseText(edited, ParseOptions, path));
    }

    public static GeneratorDriver CreateDriver(IIncrementalGenerator generator) => CSharpGeneratorDriver.Create(
        new[] { generator.AsSourceGenerator() },
        parseOptions: ParseOptions,
        optionsProvider: new GlobalOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.InitOrderEnabled"] = "true",
            ["build_property.InitOrderRuntimeGuard"] = "warn",
        }),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>The highest Microsoft.NETCore.App reference pack next to this runtime: the SDK's framework references.</summary>
    private static string ReferencePackFolder()
    {
        string packs = Path.Combine(Path.GetDirectoryName(ChildRunner.DotNetHost()) is { Length: > 0 } root ? root : "/usr/share/dotnet", "packs", "Microsoft.NETCore.App.Ref");
        string version = Directory.GetDirectories(packs).OrderBy(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version()).Last();
        return Directory.GetDirectories(Path.Combine(version, "ref")).OrderBy(d => d, StringComparer.Ordinal).Last();
    }
}
