using System;
using InitOrder.Oracle.Tests.Comparison;
using InitOrder.Tracing.Metadata;

namespace InitOrder.Oracle.Tests.Unit;

/// <summary>When a touch the oracle saw counts as accounted for by the verifier, and when it is a miss.</summary>
public sealed class JudgeTests
{
    private static readonly MethodDescription TargetCctor = Method("Sample.Target", ".cctor");
    private static readonly MethodDescription RegistryCctor = Method("Sample.Registry", ".cctor");
    private static readonly MethodDescription Helper = Method("Sample.Helper", "Run");

    [Fact]
    public void Reported_target_and_listed_static_constructors_are_accounted_for()
    {
        Assert.Null(OracleComparer.Judge(Patch("Sample.Registry..cctor", "Sample.Target..cctor"), new[] { Violation("Sample.Target") }, Touch(TargetCctor, RegistryCctor)));
    }

    [Fact]
    public void Target_without_a_violation_is_a_miss()
    {
        var miss = OracleComparer.Judge(Patch("Sample.Registry..cctor", "Sample.Target..cctor"), Array.Empty<Violation>(), Touch(TargetCctor, RegistryCctor));

        Assert.NotNull(miss);
        Assert.Equal("Sample.Registry..cctor ran Sample.Target..cctor", miss.RanBeforePatch);
        Assert.Contains("no violation", miss.WhatTheVerifierLacks);
    }

    [Fact]
    public void Static_constructor_that_ran_the_target_s_code_must_be_listed_even_when_the_target_is_reported()
    {
        var miss = OracleComparer.Judge(Patch("Sample.Target..cctor"), new[] { Violation("Sample.Target") }, Touch(TargetCctor, RegistryCctor));

        Assert.NotNull(miss);
        Assert.Equal("Sample.Registry..cctor", miss.RanBeforePatch);
        Assert.Contains("does not list it", miss.WhatTheVerifierLacks);
    }

    [Fact]
    public void The_target_s_own_static_constructor_must_be_listed_too()
    {
        var miss = OracleComparer.Judge(Patch(), new[] { Violation("Sample.Target") }, Touch(TargetCctor, Helper));

        Assert.NotNull(miss);
        Assert.Equal("Sample.Target..cctor", miss.RanBeforePatch);
    }

    [Fact]
    public void Other_methods_only_need_the_target_reported()
    {
        var accessor = Method("Sample.Target", "get_Value");

        Assert.Null(OracleComparer.Judge(Patch(), new[] { Violation("Sample.Target") }, Touch(accessor, Helper)));
        Assert.NotNull(OracleComparer.Judge(Patch(), new[] { Violation("Sample.Other") }, Touch(accessor, Helper)));
    }

    [Fact]
    public void Framework_code_is_not_held_against_the_verifier_s_list()
    {
        var framework = new Toucher(Method("System.Lazy`1", ".cctor"), Frame(), InAnalysedCode: false);
        var touch = new Touch("Sample.Target", Method("Sample.Target", "get_Value"), Observed()) { RanInAnalysedCode = true, InAnalysedCode = true, By = framework };

        Assert.Null(OracleComparer.Judge(Patch(), new[] { Violation("Sample.Target") }, touch));
    }

    [Fact]
    public void Assembly_targets_match_the_reported_name_case_insensitively()
    {
        var touch = new Touch("npgsql", new MethodDescription("Npgsql", "Npgsql.NpgsqlParameter", ".ctor"), Observed()) { IsAssemblyTarget = true, RanInAnalysedCode = true, InAnalysedCode = true };

        Assert.Null(OracleComparer.Judge(Patch(), new[] { Violation("Npgsql") }, touch));
    }

    private static Touch Touch(MethodDescription ran, MethodDescription by) =>
        new("Sample.Target", ran, Observed()) { RanInAnalysedCode = true, InAnalysedCode = true, By = new Toucher(by, Frame(), InAnalysedCode: true) };

    private static ObservedMethod Observed() => new(new MethodKey("/app/App.dll", 0x06000001), "Sample.Target", ".cctor", 0);

    private static TraceFrame Frame() => new(new MethodKey("/app/App.dll", 0x06000002), "Sample.Helper", "Run", null);

    private static MethodDescription Method(string type, string name) => new("App", type, name);

    private static PatchInfo Patch(params string[] mayRunBefore) =>
        new("Sample.Patches.Apply", 0, new[] { "Sample.Target" }, Array.Empty<string>(), new[] { "Sample.Early.Init()" }) { MayRunBefore = mayRunBefore };

    private static Violation Violation(string target) =>
        new("INIT101", "Sample.Patches.Apply", target, "Sample.Early.Init()", "message", Array.Empty<ChainStep>());
}
