using System;
using System.Linq;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Loading;

public sealed class AssemblySetTests
{
    private const string LibSource = "namespace Lib { public static class Api { public static void Hello() { } } }";

    [Fact]
    public void References_are_read_only_when_asked_for()
    {
        var app = EarlyInitializerScenario.Compile("Console.WriteLine();");
        using var set = Open(app, Net80References.Paths.ToArray());

        Assert.Single(set.Loaded);
        Assert.True(set.Get("System.Console")!.IsReferenceAssembly);
        Assert.Equal(2, set.Loaded.Count);
        Assert.Same(set.Main, set.Get("App"));
    }

    [Fact]
    public void Implementation_is_preferred_over_a_reference_assembly_of_the_same_name()
    {
        var reference = TestAssemblyBuilder.Create("Lib").WithoutGenerator().Source("Lib.cs", LibSource).AsReferenceAssembly().Emit();
        var implementation = TestAssemblyBuilder.Create("Lib").WithoutGenerator().Source("Lib.cs", LibSource).Emit();
        var app = EarlyInitializerScenario.Compile("Console.WriteLine();");
        using var set = Open(app, reference.Path, implementation.Path);

        var lib = set.Get("Lib");

        Assert.NotNull(lib);
        Assert.False(lib!.IsReferenceAssembly);
        Assert.Equal(implementation.Path, lib.Path);
    }

    [Fact]
    public void Missing_and_unreadable_references_say_why()
    {
        string garbage = System.IO.Path.Combine(TestFolders.NewFolder("bad-ref"), "Broken.dll");
        System.IO.File.WriteAllText(garbage, "nope");
        var app = EarlyInitializerScenario.Compile("Console.WriteLine();");
        using var set = Open(app, garbage);

        Assert.Null(set.Get("Nowhere"));
        Assert.Equal("not among the references", set.WhyMissing("Nowhere"));
        Assert.Null(set.Get("Broken"));
        Assert.Contains("could not be read", set.WhyMissing("Broken"));
    }

    private static AssemblySet Open(CompiledAssembly app, params string[] references) =>
        new(AssemblyFileReader.Read(app.Path), references, new SourcePathMapper(Array.Empty<SourceRootMapping>(), null));
}
