using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Verification;

/// <summary>INIT102 roots that live in other assemblies: JIT-time module initializers and library patches.</summary>
public sealed class CrossAssemblyRootTests
{
    [Fact]
    public void Module_initializer_of_an_assembly_the_patch_itself_references_is_INIT102()
    {
        var library = TestAssemblyBuilder.Create("Lib").WithoutGenerator().Source("Lib.cs", """
            namespace Lib
            {
                public static class Api { public static void Configure() { } }
                internal static class LibInit
                {
                    [System.Runtime.CompilerServices.ModuleInitializer]
                    internal static void Init() => Sample.Shared.Touch();
                }
            }
            namespace Sample { public static class Shared { public static void Touch() { } } }
            """).Emit();
        var app = TestAssemblyBuilder.Create("App").Reference(library).Bootstrap().Source("Patches.cs", """
            namespace Sample
            {
                internal static class Patches
                {
                    [InitOrder.InitPatch(typeof(Shared))]
                    internal static void PatchShared() => Lib.Api.Configure();
                }
            }
            """).Emit();

        var violation = ResultAssert.ReachesTarget(app.Verify(), "INIT102", "Sample.Patches.PatchShared", "Sample.Shared");

        Assert.Equal(new[] { "<Module>..cctor [Lib]", "LibInit.Init()", "Shared.Touch()" }, ResultAssert.Chain(violation));
        Assert.Contains("helper method", violation.Message);

        // The initializer has no line of the user's: the error points at the patch, where the fix goes.
        Assert.Null(violation.Chain[0].Location);
        Assert.Equal(("Patches.cs", 6), (violation.Location!.DisplayPath, violation.Location.Line));
    }

    [Fact]
    public void Module_initializer_violation_reported_at_the_patch_is_accepted_there()
    {
        var app = TestAssemblyBuilder.Create("App").Reference(LibraryWithInitializerTouchingShared()).Bootstrap().Source("Patches.cs", """
            namespace Sample
            {
                internal static class Patches
                {
                    [InitOrder.InitPatch(typeof(Shared))]
                    [InitOrder.AcceptViolation("INIT102", Target = typeof(Shared), Justification = "Touch() reads nothing the patch sets.")]
                    internal static void PatchShared() => Lib.Api.Configure();
                }
            }
            """).Emit();

        var result = app.Verify();

        Assert.Empty(result.Violations);
        Assert.Equal("INIT102", Assert.Single(result.Accepted).Violation.Code);
        Assert.DoesNotContain(result.Problems, p => p.Code == "INIT105");
    }

    private static CompiledAssembly LibraryWithInitializerTouchingShared() =>
        TestAssemblyBuilder.Create("Lib").WithoutGenerator().Source("Lib.cs", """
            namespace Lib
            {
                public static class Api { public static void Configure() { } }
                internal static class LibInit
                {
                    [System.Runtime.CompilerServices.ModuleInitializer]
                    internal static void Init() => Sample.Shared.Touch();
                }
            }
            namespace Sample { public static class Shared { public static void Touch() { } } }
            """).Emit();

    [Fact]
    public void Library_patches_applied_first_are_INIT102()
    {
        var library = TestAssemblyBuilder.Create("Lib").Bootstrap().Source("Lib.cs", """
            namespace Lib
            {
                public static class Shared { public static int Value; }
                public static class LibOwn { public static int Value; }
                internal static class LibPatches
                {
                    [InitOrder.InitPatch(typeof(LibOwn))]
                    internal static void PatchLibOwn() => Shared.Value = 1;
                }
            }
            """).Emit();
        var app = TestAssemblyBuilder.Create("App").Reference(library).Bootstrap().Source("Patches.cs", """
            namespace Sample
            {
                internal static class Patches
                {
                    [InitOrder.InitPatch(typeof(Lib.Shared))]
                    internal static void PatchShared() { }
                }
            }
            """).Emit();

        var result = app.Verify();
        var violation = ResultAssert.ReachesTarget(result, "INIT102", "Sample.Patches.PatchShared", "Lib.Shared");

        // The library's sequence is read in place: its patch is an ordinary earlier patch, located in the library's source.
        Assert.Equal(new[] { "Lib.LibPatches.PatchLibOwn", "Sample.Patches.PatchShared" }, result.Patches.Select(p => p.Method));
        Assert.Equal(new[] { "Lib", "App" }, result.Patches.Select(p => p.DeclaringAssembly));
        Assert.Equal("LibPatches.PatchLibOwn()", violation.Chain[0].DisplayName);
        Assert.EndsWith("Lib.cs", violation.Chain[0].Location?.FilePath);
    }
}
