using System.Collections.Generic;
using InitOrder.Generator.Emit;
using InitOrder.Generator.Tests.Infrastructure;

namespace InitOrder.Generator.Tests;

public sealed class RuntimeGuardTests
{
    private const string Source = """
        namespace N;
        static class P
        {
            [InitOrder.InitPatch(Assemblies = new[] { "System.Runtime" })] internal static void WithAssembly() { }
            [InitOrder.InitPatch(typeof(object))] internal static void TypeOnly() { }
        }
        """;

    private static string Generate(string? mode)
    {
        var properties = new Dictionary<string, string>();
        if (mode is not null)
        {
            properties["build_property.InitOrderRuntimeGuard"] = mode;
        }

        var run = GeneratorHarness.Run(Source, properties: properties);
        Assert.Empty(run.CompilerErrors);
        return run.Source(InitPatchesEmitter.HintName);
    }

    private static string StubBody(string source, string patchName)
    {
        var call = source.IndexOf("global::N.P." + patchName + "();", System.StringComparison.Ordinal);
        var start = source.LastIndexOf("private static void Patch", call, System.StringComparison.Ordinal);
        return source.Substring(start, call - start);
    }

    [Fact]
    public void Default_warns_and_checks_only_patches_with_assemblies()
    {
        var source = Generate(null);

        Assert.Contains("CheckNotYetLoaded(\"N.P.WithAssembly\", new string[] { \"System.Runtime\" });", StubBody(source, "WithAssembly"));
        Assert.DoesNotContain("CheckNotYetLoaded", StubBody(source, "TypeOnly"));
        Assert.Contains("Console.Error.WriteLine", source);
        Assert.DoesNotContain("throw new global::System.InvalidOperationException(message)", source);
    }

    [Fact]
    public void Throw_mode_throws()
    {
        Assert.Contains("throw new global::System.InvalidOperationException(message);", Generate("throw"));
    }

    [Fact]
    public void Off_emits_no_check_at_all()
    {
        Assert.DoesNotContain("CheckNotYetLoaded", Generate("off"));
    }
}
