using System;
using System.Collections.Generic;
using System.Linq;
using InitOrder.Oracle.Tests.Unit.Fixtures;
using InitOrder.Tracing.Metadata;

namespace InitOrder.Oracle.Tests.Unit;

/// <summary>
/// The touch rule on traces made by hand over this assembly's own methods: only the target's code running counts,
/// and what ran it comes from the stack of that moment and from the JIT's nesting.
/// </summary>
public sealed class TouchFinderTests
{
    private const string Target = "InitOrder.Oracle.Tests.Unit.Fixtures.Seeded";
    private static readonly string Module = typeof(Probe).Assembly.Location;

    [Fact]
    public void A_method_that_only_mentions_the_target_is_not_a_touch()
    {
        // Probe.ReadsField reads Touched.Value: Touched has no code, so nothing of it ran.
        var trace = Builder().Compile("Caller").Compile("Patch");

        Assert.Empty(Find(trace, "InitOrder.Oracle.Tests.Unit.Fixtures.Touched").Touches);
    }

    [Fact]
    public void The_target_s_static_constructor_running_is_a_touch_by_the_method_on_the_stack()
    {
        var trace = Builder().Compile("Caller").Compile("Target.cctor", "Caller").Compile("Target.Read", "Caller").Compile("Patch");

        var touches = Find(trace, Target).Touches;

        Assert.Equal(new[] { "Probe.ReadsField() ran Seeded..cctor", "Probe.ReadsField() ran Seeded.Read()" }, touches.Select(Short));
        Assert.All(touches, t => Assert.True(t.InAnalysedCode && t.By!.InAnalysedCode && t.WhileCompiling is null));
        Assert.Equal(new[] { "Target.cctor", "Caller" }, touches[0].Stack.Select(f => f.MethodName));
    }

    [Fact]
    public void Code_the_runtime_ran_while_the_JIT_compiled_a_method_names_that_compilation_and_the_code_it_ran()
    {
        // A referenced assembly's module initializer runs while the JIT compiles the method that uses the assembly.
        var trace = Builder().Compile("Caller").Start("Compiled", "Caller").Compile("Init", "Caller").Compile("Target.cctor", "Init", "Caller").Finish("Compiled").Compile("Patch");

        var touch = Find(trace, Target).Touches.Single();

        Assert.Equal("ModuleStart.First() ran Seeded..cctor while the JIT compiled ModuleStart.Second()", Short(touch));
        Assert.Equal(new[] { "Target.cctor", "Init", "Compiled", "Caller" }, touch.Stack.Select(f => f.MethodName));
    }

    [Fact]
    public void A_class_the_JIT_initializes_while_compiling_a_method_is_run_by_that_method()
    {
        var trace = Builder().Compile("Caller").Start("Compiled", "Caller").Compile("Target.cctor", "Caller").Finish("Compiled").Compile("Patch");

        Assert.Equal("ModuleStart.Second() ran Seeded..cctor while the JIT compiled ModuleStart.Second()", Short(Find(trace, Target).Touches.Single()));
    }

    [Fact]
    public void Framework_code_between_the_target_and_the_app_is_skipped_to_name_the_app_s_code()
    {
        var trace = Builder().Compile("Caller").Compile("Framework", "Caller").Compile("Target.cctor", "Framework", "Caller").Compile("Patch");

        var touch = Find(trace, Target, "Framework").Touches.Single();

        Assert.Equal("Probe.ReadsField() ran Seeded..cctor", Short(touch));
        Assert.True(touch.InAnalysedCode);
    }

    [Fact]
    public void A_framework_target_run_directly_by_framework_code_is_the_framework_s_touch_even_under_app_code()
    {
        var trace = Builder().Compile("Caller").Compile("Framework", "Caller").Compile("Target.cctor", "Framework", "Caller").Compile("Patch");

        var touch = Find(trace, Target, "Framework", "Target.cctor").Touches.Single();

        Assert.False(touch.InAnalysedCode);
        Assert.Equal("Probe.ReadsField() ran Seeded..cctor", Short(touch));
    }

    private static PatchTouches Find(TraceBuilder trace, string target, params string[] framework)
    {
        using var catalog = new AssemblyCatalog();
        var frameworkKeys = new HashSet<MethodKey>(framework.Select(trace.Key));
        return new TouchFinder(catalog).Find(trace.Build(), trace.Key("Patch"), new[] { target }, Array.Empty<string>(), key => !frameworkKeys.Contains(key));
    }

    private static TraceBuilder Builder() => new(Module, new Dictionary<string, int>
    {
        ["Patch"] = typeof(Outer.Inner).GetMethod(nameof(Outer.Inner.Read))!.MetadataToken,
        ["Caller"] = typeof(Probe).GetMethod(nameof(Probe.ReadsField))!.MetadataToken,
        ["Framework"] = typeof(Cache<>).TypeInitializer!.MetadataToken,
        ["Target.cctor"] = typeof(Seeded).TypeInitializer!.MetadataToken,
        ["Target.Read"] = typeof(Seeded).GetMethod(nameof(Seeded.Read))!.MetadataToken,
        ["Init"] = typeof(ModuleStart).GetMethod(nameof(ModuleStart.First), System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.MetadataToken,
        ["Compiled"] = typeof(ModuleStart).GetMethod(nameof(ModuleStart.Second), System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.MetadataToken,
    });

    private static string Short(Touch touch) => touch.ToString().Replace("InitOrder.Oracle.Tests.Unit.Fixtures.", "");
}
