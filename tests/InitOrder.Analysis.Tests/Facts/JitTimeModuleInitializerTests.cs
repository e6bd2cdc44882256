using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts;

/// <summary>
/// The JIT runs a referenced assembly's module initializer when it compiles a method whose IL names that
/// assembly, even in a branch that never executes (FACTS.md section 3).
/// </summary>
public sealed class JitTimeModuleInitializerTests
{
    private const string LibrarySource = """
        namespace Lib
        {
            public static class LibTarget { public static void Touch() { } }
            public static class Api { public static void Hello() { } }
            internal static class LibInit
            {
                [System.Runtime.CompilerServices.ModuleInitializer]
                internal static void Init() => LibTarget.Touch();
            }
        }
        """;

    private const string PatchSource = """
        namespace Sample
        {
            internal static class Flags { public static bool Never; }
            internal static class Patches
            {
                [InitOrder.InitPatch(typeof(Lib.LibTarget))]
                internal static void PatchLibTarget() { }
            }
        }
        """;

    private const string DeadBranchInitializer = """
        namespace Sample
        {
            internal static class INITIALIZER
            {
                [System.Runtime.CompilerServices.ModuleInitializer]
                internal static void Init()
                {
                    if (Flags.Never)
                    {
                        Lib.Api.Hello();
                    }
                }
            }
        }
        """;

    [Fact]
    public void Dead_branch_reference_in_an_earlier_initializer_runs_the_library_initializer_first()
    {
        var library = CompileLibrary();
        var app = TestAssemblyBuilder.Create("App")
            .Reference(library)
            .Source("Early.cs", DeadBranchInitializer.Replace("INITIALIZER", "Early"))
            .Bootstrap()
            .Source("Patches.cs", PatchSource)
            .Emit();

        var violation = ResultAssert.ReachesTarget(app.Verify(), "INIT101", "Sample.Patches.PatchLibTarget", "Lib.LibTarget");

        Assert.Equal(new[] { "Early.Init()", "<Module>..cctor [Lib]", "LibInit.Init()", "LibTarget.Touch()" }, ResultAssert.Chain(violation));
        Assert.Equal("Early.cs", violation.Chain[0].Location?.DisplayPath);
    }

    [Fact]
    public void Type_token_alone_is_enough_for_the_JIT_to_run_the_library_initializer()
    {
        var library = CompileLibrary();
        var app = TestAssemblyBuilder.Create("App")
            .Reference(library)
            .Source("Early.cs", DeadBranchInitializer.Replace("INITIALIZER", "Early").Replace("Lib.Api.Hello();", "System.Console.WriteLine(typeof(Lib.Api));"))
            .Bootstrap()
            .Source("Patches.cs", PatchSource)
            .Emit();

        var violation = ResultAssert.ReachesTarget(app.Verify(), "INIT101", "Sample.Patches.PatchLibTarget", "Lib.LibTarget");

        Assert.Equal(new[] { "Early.Init()", "<Module>..cctor [Lib]", "LibInit.Init()", "LibTarget.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Block_under_a_flag_nothing_sets_still_runs_the_library_initializer_of_what_it_names()
    {
        // Guards/GuardRule leaves the block out, but the JIT compiles the whole method: the library's initializer runs.
        var library = CompileLibrary();
        var app = TestAssemblyBuilder.Create("App")
            .Reference(library)
            .Source("Early.cs", DeadBranchInitializer.Replace("INITIALIZER", "Early").Replace("if (Flags.Never)", "if (new Options().Validate)")
                + "namespace Sample { internal sealed class Options { public bool Validate { get; set; } } }")
            .Bootstrap()
            .Source("Patches.cs", PatchSource)
            .Emit();

        var violation = ResultAssert.ReachesTarget(app.Verify(), "INIT101", "Sample.Patches.PatchLibTarget", "Lib.LibTarget");

        Assert.Equal(new[] { "Early.Init()", "<Module>..cctor [Lib]", "LibInit.Init()", "LibTarget.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Library_referenced_only_from_a_later_initializer_is_not_flagged()
    {
        var library = CompileLibrary();
        var app = TestAssemblyBuilder.Create("App")
            .Reference(library)
            .Bootstrap()
            .Source("Patches.cs", PatchSource)
            .Source("Late.cs", DeadBranchInitializer.Replace("INITIALIZER", "Late"))
            .Emit();

        var result = app.Verify();

        Assert.Empty(result.Violations);
        Assert.Equal(new[] { true, false }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(result.Initializers, i => i.IsInitOrder)));
    }

    [Fact]
    public void Library_seen_only_as_a_reference_assembly_is_not_followed_and_is_listed()
    {
        var library = CompileLibrary();
        var referenceOnly = TestAssemblyBuilder.Create("Lib").Source("Lib.cs", LibrarySource).WithoutGenerator().AsReferenceAssembly().Emit();
        var app = TestAssemblyBuilder.Create("App")
            .Reference(library)
            .Source("Early.cs", DeadBranchInitializer.Replace("INITIALIZER", "Early"))
            .Bootstrap()
            .Source("Patches.cs", PatchSource)
            .Emit();

        var references = new System.Collections.Generic.List<string>(Net80References.Paths) { referenceOnly.Path };
        var result = app.Verify(referencePaths: references);

        Assert.Empty(result.Violations);
        var item = Assert.Single(result.NotFollowed, n => n.What == "Lib");
        Assert.Contains("reference assembly", item.Why);
        Assert.Equal("Sample.Early.Init()", item.WhereMethod);
    }

    private static CompiledAssembly CompileLibrary() =>
        TestAssemblyBuilder.Create("Lib").Source("Lib.cs", LibrarySource).WithoutGenerator().Emit();
}
