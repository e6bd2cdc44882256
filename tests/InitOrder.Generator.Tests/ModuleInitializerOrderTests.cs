using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using InitOrder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace InitOrder.Generator.Tests;

/// <summary>Emits the generated assembly and runs its module initializer, to see the order the runtime really uses.</summary>
public sealed class ModuleInitializerOrderTests
{
    private const string Log = "public static class Log { public static readonly System.Collections.Generic.List<string> Lines = new(); }";

    private static Assembly EmitAndLoad(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var context = new AssemblyLoadContext("initorder-test", isCollectible: true);
        stream.Position = 0;
        return context.LoadFromStream(stream);
    }

    private static string[] Lines(Assembly assembly)
        => ((System.Collections.Generic.List<string>)assembly.GetType("Log")!.GetField("Lines")!.GetValue(null)!).ToArray();

    [Fact]
    public void Patches_run_before_a_user_initializer_in_the_first_user_file()
    {
        var compilation = GeneratorHarness.Compile(new[]
        {
            ("/pkg/InitOrder.Bootstrap.cs", GeneratorHarness.BootstrapSource),
            ("/src/A_UserInit.cs", "static class UserInit { [System.Runtime.CompilerServices.ModuleInitializer] internal static void Run() => Log.Lines.Add(\"user\"); }"),
            ("/src/Log.cs", Log),
            ("/src/Z_Patches.cs", "static class P { [InitOrder.InitPatch(typeof(object), Order = 2)] internal static void Two() => Log.Lines.Add(\"two\"); [InitOrder.InitPatch(typeof(object), Order = 1)] internal static void One() => Log.Lines.Add(\"one\"); }"),
        });
        var run = GeneratorHarness.Run(compilation);
        var assembly = EmitAndLoad(run.OutputCompilation);

        RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);

        Assert.Equal(new[] { "one", "two", "user" }, Lines(assembly));
        var applied = (System.Collections.Generic.IReadOnlyList<string>)assembly.GetType("InitOrder.InitPatches")!.GetProperty("Applied")!.GetValue(null)!;
        Assert.Equal(new[] { "P.One", "P.Two" }, applied);
    }

    [Fact]
    public void A_throwing_patch_stops_start_up_with_its_name_and_the_original_exception()
    {
        var compilation = GeneratorHarness.Compile(new[]
        {
            ("/pkg/InitOrder.Bootstrap.cs", GeneratorHarness.BootstrapSource),
            ("/src/P.cs", "namespace N; static class P { [InitOrder.InitPatch(typeof(object))] internal static void Boom() => throw new System.FormatException(\"bad switch\"); }"),
        });
        var assembly = EmitAndLoad(GeneratorHarness.Run(compilation).OutputCompilation);

        var error = Assert.Throws<TypeInitializationException>(() => RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle));

        var patchError = Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Contains("'N.P.Boom'", patchError.Message);
        Assert.IsType<FormatException>(patchError.InnerException);
    }
}
