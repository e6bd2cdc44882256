using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>
/// The undamaged inputs the reader fuzz test starts from, compiled once per test run: an application with
/// patches, generics, lambdas, async code, interfaces and static constructors, its PDB (as a file and
/// embedded), and a library it references, so every file the verifier reads gets damaged in turn.
/// </summary>
internal sealed class FuzzCorpus
{
    private static readonly Lazy<FuzzCorpus> s_instance = new(() => new FuzzCorpus());

    private FuzzCorpus()
    {
        var library = TestAssemblyBuilder.Create("FuzzLib").WithoutGenerator().Source("Lib.cs", LibrarySource).Emit();
        var application = Application(PdbKind.File, library).Emit();
        var embedded = Application(PdbKind.Embedded, library).Emit();

        byte[] applicationBytes = File.ReadAllBytes(application.Path);
        byte[] pdbBytes = File.ReadAllBytes(application.PdbPath!);
        byte[] libraryBytes = File.ReadAllBytes(library.Path);
        byte[] embeddedBytes = File.ReadAllBytes(embedded.Path);
        Files = new[]
        {
            new FuzzFile("App.dll", applicationBytes, new AssemblyMutator(applicationBytes, isPortablePdb: false)),
            new FuzzFile("App.pdb", pdbBytes, new AssemblyMutator(pdbBytes, isPortablePdb: true)),
            new FuzzFile("FuzzLib.dll", libraryBytes, new AssemblyMutator(libraryBytes, isPortablePdb: false)),
            new FuzzFile("Embedded/App.dll", embeddedBytes, new AssemblyMutator(embeddedBytes, isPortablePdb: false)),
        };
    }

    public static FuzzCorpus Instance => s_instance.Value;

    /// <summary>Every file one case consists of, by path relative to the case's project folder.</summary>
    public IReadOnlyList<FuzzFile> Files { get; }

    /// <summary>
    /// Writes one case into <paramref name="projectDirectory"/>: every file undamaged except <paramref name="damaged"/>,
    /// which gets <paramref name="bytes"/>. Returns the request for the application whose files include it.
    /// </summary>
    public VerificationRequest WriteCase(string projectDirectory, FuzzFile damaged, byte[] bytes)
    {
        foreach (var file in Files)
        {
            string path = Path.Combine(projectDirectory, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file == damaged ? bytes : file.Bytes);
        }

        string application = damaged.RelativePath.StartsWith("Embedded/", StringComparison.Ordinal) ? "Embedded/App.dll" : "App.dll";
        var references = Net80References.Paths.Append(Path.Combine(projectDirectory, "FuzzLib.dll")).ToList();
        return new VerificationRequest(Path.Combine(projectDirectory, application), references, null, projectDirectory);
    }

    private static TestAssemblyBuilder Application(PdbKind pdb, CompiledAssembly library) =>
        TestAssemblyBuilder.Create("App").Pdb(pdb).Reference(library)
            .Source("Early.cs", EarlySource)
            .Bootstrap()
            .Source("Types.cs", TypesSource);

    private const string LibrarySource = """
        namespace FuzzLib
        {
            public interface IShape { double Area(); }

            public abstract class Shape : IShape
            {
                public static readonly int Created = Registry.Count;
                public abstract double Area();
                public override string ToString() => GetType().Name;
            }

            public sealed class Square : Shape { public double Side; public override double Area() => Side * Side; }

            public static class Registry
            {
                public static int Count;
                [System.Runtime.CompilerServices.ModuleInitializer]
                internal static void Init() => Count = 1;
            }
        }
        """;

    private const string EarlySource = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        namespace Sample
        {
            internal static class Early
            {
                [System.Runtime.CompilerServices.ModuleInitializer]
                internal static void Init()
                {
                    Func<int> read = () => Target.Value;
                    var shapes = new List<FuzzLib.IShape> { new FuzzLib.Square { Side = 2 } };
                    Console.WriteLine(shapes.Sum(s => s.Area()) + Cache<string>.Item.Length);
                    RunAsync().GetAwaiter().GetResult();
                    foreach (int n in Numbers()) { Console.WriteLine(n + read()); }
                }

                private static async Task RunAsync() { await Task.Yield(); Helper.Run(); }

                private static IEnumerable<int> Numbers() { yield return 1; yield return Target.Value; }
            }

            internal static class Cache<T> { public static readonly string Item = typeof(T).Name; }

            internal static class Helper { internal static void Run() => Target.Touch(); }
        }
        """;

    private const string TypesSource = """
        namespace Sample
        {
            public static class Target
            {
                public static int Value;
                static Target() { Value = 42; }
                public static void Touch() { }
            }

            internal static class Patches
            {
                [InitOrder.InitPatch(typeof(Target))]
                internal static void PatchTarget() { }

                [InitOrder.InitPatch(typeof(Cache<>), Order = 2, Assemblies = new[] { "FuzzLib" })]
                internal static void PatchLibrary() { }
            }
        }
        """;
}
