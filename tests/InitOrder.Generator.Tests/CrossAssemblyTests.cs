using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using InitOrder.Generator.Emit;
using InitOrder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InitOrder.Generator.Tests;

/// <summary>Libraries declare patches; an application built with InitOrder applies them first, dependencies first, once.</summary>
public sealed class CrossAssemblyTests
{
    private static readonly string LogSource = "namespace Shared { public static class Log { public static readonly System.Collections.Generic.List<string> Lines = new(); } }";

    private static (MetadataReference Reference, byte[] Image) Build(string name, string source, params MetadataReference[] references)
    {
        var compilation = CSharpCompilation.Create(
            name,
            new[]
            {
                CSharpSyntaxTree.ParseText(GeneratorHarness.BootstrapSource, path: "/pkg/InitOrder.Bootstrap.cs"),
                CSharpSyntaxTree.ParseText(source, path: $"/{name}/Code.cs"),
            },
            Net80.References.All.Concat(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var run = GeneratorHarness.Run(compilation);
        using var stream = new MemoryStream();
        var emit = run.OutputCompilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return (MetadataReference.CreateFromImage(stream.ToArray()), stream.ToArray());
    }

    [Fact]
    public void Application_applies_library_patches_dependencies_first_then_its_own_once_each()
    {
        var log = Build("SharedLog", LogSource);
        var libB = Build("LibB", "namespace LibB { public static class B { [InitOrder.InitPatch(typeof(object))] internal static void Patch() => Shared.Log.Lines.Add(\"B\"); public static void Use() { } } }", log.Reference);
        var libA = Build("LibA", "namespace LibA { public static class A { [InitOrder.InitPatch(typeof(object))] internal static void Patch() => Shared.Log.Lines.Add(\"A\"); public static void Use() => LibB.B.Use(); } }", log.Reference, libB.Reference);
        var app = Build("App", "namespace App { public static class P { [InitOrder.InitPatch(typeof(object))] internal static void Patch() => Shared.Log.Lines.Add(\"App\"); public static void Use() => LibA.A.Use(); } }", log.Reference, libA.Reference, libB.Reference);

        var context = new AssemblyLoadContext("cross-assembly", isCollectible: true);
        var images = new Dictionary<string, byte[]> { ["SharedLog"] = log.Image, ["LibB"] = libB.Image, ["LibA"] = libA.Image, ["App"] = app.Image };
        context.Resolving += (ctx, name) => images.TryGetValue(name.Name!, out var image) ? ctx.LoadFromStream(new MemoryStream(image)) : null;
        var appAssembly = context.LoadFromStream(new MemoryStream(app.Image));

        RuntimeHelpers.RunModuleConstructor(appAssembly.ManifestModule.ModuleHandle);
        var libAAssembly = context.LoadFromAssemblyName(new System.Reflection.AssemblyName("LibA"));
        RuntimeHelpers.RunModuleConstructor(libAAssembly.ManifestModule.ModuleHandle);

        var lines = (List<string>)context.LoadFromAssemblyName(new System.Reflection.AssemblyName("SharedLog")).GetType("Shared.Log")!.GetField("Lines")!.GetValue(null)!;
        Assert.Equal(new[] { "B", "A", "App" }, lines);
        var applied = (IReadOnlyList<string>)appAssembly.GetType("InitOrder.InitPatches")!.GetProperty("Applied")!.GetValue(null)!;
        Assert.Equal(new[] { "LibB.B.Patch", "LibA.A.Patch", "App.P.Patch" }, applied);
    }

    [Fact]
    public void Assembly_without_patches_exposes_no_entry_type()
    {
        var run = GeneratorHarness.Run("class Nothing { }");

        Assert.DoesNotContain("AssemblyPatches_", run.Source(InitPatchesEmitter.HintName));
    }
}
