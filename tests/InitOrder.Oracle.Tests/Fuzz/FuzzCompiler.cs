using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InitOrder.Generator;
using InitOrder.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace InitOrder.Oracle.Tests.Fuzz;

/// <summary>
/// Compiles a fuzz program in-process as a build would: the package's bootstrap file first, the real InitOrder
/// generator, the SDK's .NET reference pack and the DI container. Writes the dll, its portable PDB, a runtimeconfig
/// and the DI assemblies into a folder of its own, ready to run with <c>dotnet</c>.
/// </summary>
public static class FuzzCompiler
{
    private static readonly string[] s_containerAssemblies =
    {
        "Microsoft.Extensions.DependencyInjection.dll", "Microsoft.Extensions.DependencyInjection.Abstractions.dll",
    };

    private static readonly Lazy<IReadOnlyList<string>> s_referencePack = new(FindReferencePack);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_references = new(() =>
        s_referencePack.Value.Concat(ContainerAssemblies()).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList());

    /// <summary>The framework's reference assemblies, as the verifier sees them in a build.</summary>
    public static IReadOnlyList<string> FrameworkReferences => s_referencePack.Value;

    /// <summary>Returns the path of the program's dll, or throws with the compiler's errors.</summary>
    public static string Compile(FuzzProgram program, string directory)
    {
        Directory.CreateDirectory(directory);
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        string bootstrap = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "build", "InitOrder.Bootstrap.cs"));
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(bootstrap, parse, Path.Combine(directory, "InitOrder.Bootstrap.cs"), System.Text.Encoding.UTF8),
            CSharpSyntaxTree.ParseText(program.Source, parse, Path.Combine(directory, "Program.cs"), System.Text.Encoding.UTF8),
        };
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program.Source);
        var compilation = CSharpCompilation.Create(
            "FuzzProgram",
            trees,
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, deterministic: true,
                optimizationLevel: FuzzSettings.Release ? OptimizationLevel.Release : OptimizationLevel.Debug));
        CSharpGeneratorDriver.Create(new[] { new InitPatchGenerator().AsSourceGenerator() }, parseOptions: parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);

        string dll = Path.Combine(directory, "FuzzProgram.dll");
        using (var peStream = File.Create(dll))
        using (var pdbStream = File.Create(Path.ChangeExtension(dll, ".pdb")))
        {
            var emit = generated.Emit(peStream, pdbStream, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
            var errors = generatorDiagnostics.Concat(emit.Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (!emit.Success || errors.Count > 0)
            {
                throw new InvalidOperationException("The fuzz program (seed " + program.Seed + ") does not compile:\n"
                    + string.Join("\n", errors.Take(20)) + "\n\n" + program.Source);
            }
        }

        File.WriteAllText(Path.ChangeExtension(dll, ".runtimeconfig.json"), """
            {"runtimeOptions":{"tfm":"net10.0","framework":{"name":"Microsoft.NETCore.App","version":"10.0.0"}}}
            """);
        foreach (string assembly in ContainerAssemblies())
        {
            File.Copy(assembly, Path.Combine(directory, Path.GetFileName(assembly)), overwrite: true);
        }

        return dll;
    }

    /// <summary>The DI container's assemblies beside this test assembly (a package reference of the oracle tests).</summary>
    private static IEnumerable<string> ContainerAssemblies() =>
        s_containerAssemblies.Select(name => Path.Combine(AppContext.BaseDirectory, name));

    /// <summary>The newest Microsoft.NETCore.App.Ref pack of the SDK that runs the tests, for the runtime's major version.</summary>
    private static IReadOnlyList<string> FindReferencePack()
    {
        // The runtime lives in <dotnet>/shared/Microsoft.NETCore.App/<version>; the packs are beside shared/.
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string dotnetRoot = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        string packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        string major = Environment.Version.Major + ".";
        string version = Directory.GetDirectories(packs)
            .Select(Path.GetFileName)
            .Where(v => v!.StartsWith(major, StringComparison.Ordinal))
            .OrderByDescending(v => Version.TryParse(v!.Split('-')[0], out var parsed) ? parsed : new Version(0, 0))
            .FirstOrDefault()
            ?? throw new InvalidOperationException("No Microsoft.NETCore.App.Ref " + major + "x pack under " + packs);
        string folder = Path.Combine(packs, version, "ref", "net" + Environment.Version.Major + ".0");
        return Directory.GetFiles(folder, "*.dll").OrderBy(p => p, StringComparer.Ordinal).ToList();
    }
}
