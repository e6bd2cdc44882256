using System;
using System.Collections.Generic;
using InitOrder.Oracle.Tests.Comparison;
using InitOrder.Tracing.Metadata;

namespace InitOrder.Oracle.Tests.Unit;

/// <summary>When a touch the oracle saw counts as accounted for by the verifier, and when it is a miss.</summary>
public sealed class JudgeTests
{
    private static readonly MethodDescription RegistryCctor = Method("Sample.Registry", ".cctor");
    private static readonly MethodDescription Helper = Method("Sample.Helper", "Run");

    [Fact]
    public void Reported_target_and_listed_static_constructor_is_accounted_for()
    {
        Assert.Null(OracleComparer.Judge(Patch("Sample.Registry..cctor"), new[] { Violation("Sample.Target") }, new Touch(RegistryCctor, "Sample.Target", true)));
    }

    [Fact]
    public void Target_without_a_violation_is_a_miss()
    {
        var miss = OracleComparer.Judge(Patch("Sample.Registry..cctor"), Array.Empty<Violation>(), new Touch(RegistryCctor, "Sample.Target", true));

        Assert.NotNull(miss);
        Assert.Equal("Sample.Registry..cctor", miss.RanBeforePatch);
        Assert.Contains("no violation", miss.WhatTheVerifierLacks);
    }

    [Fact]
    public void Static_constructor_the_verifier_does_not_list_is_a_miss_even_when_the_target_is_reported()
    {
        var miss = OracleComparer.Judge(Patch(), new[] { Violation("Sample.Target") }, new Touch(RegistryCctor, "Sample.Target", true));

        Assert.NotNull(miss);
        Assert.Contains("does not list it", miss.WhatTheVerifierLacks);
    }

    [Fact]
    public void Other_methods_only_need_the_target_reported()
    {
        Assert.Null(OracleComparer.Judge(Patch(), new[] { Violation("Sample.Target") }, new Touch(Helper, "Sample.Target", true)));
        Assert.NotNull(OracleComparer.Judge(Patch(), new[] { Violation("Sample.Other") }, new Touch(Helper, "Sample.Target", true)));
    }

    [Fact]
    public void Assembly_targets_match_the_reported_name_case_insensitively()
    {
        Assert.Null(OracleComparer.Judge(Patch(), new[] { Violation("Npgsql") }, new Touch(Helper, "npgsql", true)));
    }

    private static MethodDescription Method(string type, string name) =>
        new("App", type, name, new HashSet<string>(), new HashSet<string>());

    private static PatchInfo Patch(params string[] mayRunBefore) =>
        new("Sample.Patches.Apply", 0, new[] { "Sample.Target" }, Array.Empty<string>(), new[] { "Sample.Early.Init()" }) { MayRunBefore = mayRunBefore };

    private static Violation Violation(string target) =>
        new("INIT101", "Sample.Patches.Apply", target, "Sample.Early.Init()", "message", Array.Empty<ChainStep>());
}
