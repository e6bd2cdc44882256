using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Robustness;

/// <summary>
/// The verifier reads the assembly as data: it never loads it into the build process, so none of its code
/// (module initializers, static constructors) runs during a build.
/// </summary>
public sealed class NoExecutionTests
{
    [Fact]
    public void Verified_assembly_is_not_loaded_and_its_module_initializer_does_not_run()
    {
        string marker = Path.Combine(TestFolders.NewFolder("marker"), "module-initializer-ran.txt");
        string name = "Marker" + Guid.NewGuid().ToString("N");
        string write = "System.IO.File.WriteAllText(@\"" + marker.Replace("\"", "\"\"") + "\", \"ran\");";
        var app = TestAssemblyBuilder.Create(name)
            .Source("Early.cs", EarlyInitializerScenario.EarlySource(write + " Target.Touch();", "internal static class Marked { static Marked() { " + write + " } }"))
            .Bootstrap()
            .Source("Types.cs", EarlyInitializerScenario.Types)
            .Emit();

        var result = BoundedRun.Verify(app);

        Assert.NotEmpty(result.Violations);
        Assert.False(File.Exists(marker), "the verified assembly's module initializer ran");
        Assert.DoesNotContain(name, AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name));
        Assert.DoesNotContain(name, AssemblyLoadContext.All.SelectMany(c => c.Assemblies).Select(a => a.GetName().Name));
        AssertMarkerWrittenWhenRun(app.Path, marker);
    }

    /// <summary>The control: loaded and initialized for real, the fixture does write the marker, so its absence above means something.</summary>
    private static void AssertMarkerWrittenWhenRun(string assemblyPath, string marker)
    {
        var context = new AssemblyLoadContext("NoExecutionTests control", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(File.ReadAllBytes(assemblyPath)));
            RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
            Assert.True(File.Exists(marker), "the control run did not write the marker");
        }
        finally
        {
            context.Unload();
        }
    }
}
