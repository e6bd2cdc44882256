using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using InitOrder.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>
/// Compiles C# snippets in memory the way a build with the InitOrder package would: the package's
/// bootstrap file wherever the test puts it in the compile order, the real InitOrder generator, and
/// the .NET 8 reference assemblies. Writes the assembly (and PDB) to a fresh temp folder.
/// </summary>
internal sealed class TestAssemblyBuilder
{
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.CSharp12);
    private static readonly Lazy<string> s_bootstrap = new(() => File.ReadAllText(TestFolders.RepositoryFile(Path.Combine("build", "InitOrder.Bootstrap.cs"))));

    private readonly string _name;
    private readonly string _projectDirectory;
    private readonly List<(string RelativePath, string Text)> _sources = new();
    private readonly List<CompiledAssembly> _references = new();
    private bool _runGenerator = true;
    private bool _referenceAssembly;
    private PdbKind _pdb = PdbKind.File;
    private OptimizationLevel _optimization = OptimizationLevel.Debug;
    private string? _pdbPathPrefix;
    private string? _recordedPdbPath;

    public TestAssemblyBuilder(string name)
    {
        _name = name;
        _projectDirectory = TestFolders.NewFolder(name);
    }

    public static TestAssemblyBuilder Create(string name) => new(name);

    /// <summary>Adds a source file; files are compiled in the order they are added.</summary>
    public TestAssemblyBuilder Source(string relativePath, string text)
    {
        _sources.Add((relativePath, text));
        return this;
    }

    /// <summary>Adds the package's bootstrap file at this position of the compile order.</summary>
    public TestAssemblyBuilder Bootstrap() => Source(Path.Combine("obj", "InitOrder.Bootstrap.cs"), s_bootstrap.Value);

    public TestAssemblyBuilder Reference(CompiledAssembly library)
    {
        _references.Add(library);
        return this;
    }

    public TestAssemblyBuilder WithoutGenerator()
    {
        _runGenerator = false;
        return this;
    }

    public TestAssemblyBuilder Pdb(PdbKind kind)
    {
        _pdb = kind;
        return this;
    }

    public TestAssemblyBuilder Release()
    {
        _optimization = OptimizationLevel.Release;
        return this;
    }

    /// <summary>Emits a reference assembly (metadata only, ReferenceAssemblyAttribute) instead of an implementation.</summary>
    public TestAssemblyBuilder AsReferenceAssembly()
    {
        _referenceAssembly = true;
        return this;
    }

    /// <summary>Writes document paths as a deterministic build would (for example <c>/_/</c>) instead of local paths.</summary>
    public TestAssemblyBuilder MapSourcePaths(string mappedPrefix)
    {
        _pdbPathPrefix = mappedPrefix;
        return this;
    }

    /// <summary>The PDB path written into the assembly's debug directory (a build writes the absolute obj/ path there).</summary>
    public TestAssemblyBuilder RecordPdbPath(string path)
    {
        _recordedPdbPath = path;
        return this;
    }

    public CompiledAssembly Emit(string? outputFolder = null)
    {
        var compilation = CreateCompilation();
        string folder = outputFolder ?? Path.Combine(_projectDirectory, "bin");
        Directory.CreateDirectory(folder);
        string dllPath = Path.Combine(folder, _name + ".dll");
        string pdbPath = Path.Combine(folder, _name + ".pdb");

        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var options = new EmitOptions(
            metadataOnly: _referenceAssembly,
            includePrivateMembers: !_referenceAssembly,
            debugInformationFormat: _pdb == PdbKind.Embedded ? DebugInformationFormat.Embedded : DebugInformationFormat.PortablePdb,
            pdbFilePath: _recordedPdbPath ?? _name + ".pdb");
        bool writesPdbFile = _pdb == PdbKind.File && !_referenceAssembly;
        var result = compilation.Emit(pe, writesPdbFile ? pdb : null, options: options);
        if (!result.Success)
        {
            throw new InvalidOperationException("Compilation failed:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        File.WriteAllBytes(dllPath, pe.ToArray());
        if (writesPdbFile)
        {
            File.WriteAllBytes(pdbPath, pdb.ToArray());
        }

        return new CompiledAssembly(_name, dllPath, writesPdbFile ? pdbPath : null, _projectDirectory, _references.ToList());
    }

    /// <summary>The compilation after the generator ran (for tests that look at generated code).</summary>
    public Compilation CreateCompilation()
    {
        string root = _pdbPathPrefix ?? _projectDirectory + Path.DirectorySeparatorChar;
        var trees = _sources.Select(s => CSharpSyntaxTree.ParseText(
            SourceText.From(s.Text, Encoding.UTF8),
            s_parseOptions,
            path: root + s.RelativePath.Replace('\\', '/')));
        var references = Net80References.Compile.Concat(_references.Select(r => MetadataReference.CreateFromFile(r.Path)));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: _optimization, deterministic: true, allowUnsafe: true);
        Compilation compilation = CSharpCompilation.Create(_name, trees, references, options);
        if (_runGenerator)
        {
            var driver = CSharpGeneratorDriver.Create(new[] { new InitPatchGenerator().AsSourceGenerator() }, parseOptions: s_parseOptions);
            driver.RunGeneratorsAndUpdateCompilation(compilation, out compilation, out ImmutableArray<Diagnostic> diagnostics);
            var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("The generator reported errors:\n" + string.Join("\n", errors));
            }
        }

        return compilation;
    }
}
