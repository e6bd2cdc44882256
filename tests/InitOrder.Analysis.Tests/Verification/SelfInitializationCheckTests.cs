using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Verification;

/// <summary>
/// INIT106: a patch whose own access to its target runs the target's static constructor, which reads what the patch
/// writes after that access. The scenario is the README's clock: Clock captures Boot from Now in its initializer.
/// </summary>
public sealed class SelfInitializationCheckTests
{
    private const string Patch = "Sample.TestClock.Freeze";

    private const string Clock = """
        namespace Sample
        {
            public static class Clock
            {
                public static System.Func<System.DateTime> Now = () => System.DateTime.UtcNow;
                public static readonly System.DateTime Boot = Now();
            }
        }
        """;

    [Fact]
    public void Patch_writing_a_field_its_target_initializer_reads_is_INIT106_at_the_write_with_both_chains()
    {
        var result = Verify(Clock, "internal static void Freeze() => Clock.Now = () => new System.DateTime(2000, 1, 1);");

        var violation = ResultAssert.ReachesTarget(result, "INIT106", Patch, "Sample.Clock");
        Assert.Equal(new[] { "TestClock.Freeze()", "Clock..cctor", "Clock.Now" }, ResultAssert.Chain(violation));
        Assert.Equal(("Patch.cs", 6), (violation.Location!.DisplayPath, violation.Location.Line));
        Assert.Equal(("Clock.cs", 6), (violation.Chain[1].Location!.DisplayPath, violation.Chain[1].Location!.Line));
        Assert.Equal(new[] { "triggers", "reads", null }, violation.Chain.Select(s => s.Relation).ToArray());
        Assert.Contains("(TestClock.Freeze() (Patch.cs:6) \u2192 Clock..cctor)", violation.Message);
        Assert.Contains("(Clock..cctor (Clock.cs:6) \u2192 Clock.Now)", violation.Message);
        Assert.Contains("ThreadIdentity", violation.Message);
        Assert.Equal("Sample.TestClock.Freeze()", violation.Root);
    }

    [Fact]
    public void Setting_kept_in_a_type_the_target_reads_from_is_clean()
    {
        const string clockSource = """
            namespace Sample
            {
                public static class ClockSource { public static System.Func<System.DateTime> Now = () => System.DateTime.UtcNow; }
                public static class Clock { public static readonly System.DateTime Boot = ClockSource.Now(); }
            }
            """;

        var result = Verify(clockSource, "internal static void Freeze() => ClockSource.Now = () => new System.DateTime(2000, 1, 1);");

        Assert.Empty(result.Violations);
    }

    [Fact]
    public void Auto_property_setter_is_followed_and_named_as_the_property()
    {
        string clock = Clock.Replace("public static System.Func<System.DateTime> Now = () => System.DateTime.UtcNow;",
            "public static System.Func<System.DateTime> Now { get; set; } = () => System.DateTime.UtcNow;");

        var result = Verify(clock, "internal static void Freeze() => Clock.Now = () => new System.DateTime(2000, 1, 1);");

        // Clock has only field initializers (beforefieldinit): calling the setter does not initialize it, the setter's
        // store to the backing field does.
        var violation = ResultAssert.ReachesTarget(result, "INIT106", Patch, "Sample.Clock");
        Assert.Equal(new[] { "TestClock.Freeze()", "Clock.set_Now()", "Clock..cctor", "Clock.get_Now()", "Clock.Now" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Write_in_a_helper_the_patch_calls_is_followed_and_the_chain_goes_through_it()
    {
        const string body = """
            internal static void Freeze() => Helper.Install();
            }
            internal static class Helper
            {
                internal static void Install() => Clock.Now = () => new System.DateTime(2000, 1, 1);
            """;

        var violation = ResultAssert.ReachesTarget(Verify(Clock, body), "INIT106", Patch, "Sample.Clock");

        Assert.Equal(new[] { "TestClock.Freeze()", "Helper.Install()", "Clock..cctor", "Clock.Now" }, ResultAssert.Chain(violation));
        Assert.Equal(new[] { "calls", "triggers", "reads", null }, violation.Chain.Select(s => s.Relation).ToArray());
    }

    [Theory]
    [InlineData("Source.Value = 2000; _ = Clock.Boot;")]
    [InlineData("Source.Value = 2000;")]
    public void Writes_before_the_first_access_to_the_target_are_clean(string statements)
    {
        var result = Verify(SourceAndClock, "internal static void Freeze() { " + statements + " }");

        Assert.Empty(result.Violations);
    }

    [Fact]
    public void Write_after_the_first_access_to_the_target_is_INIT106_even_in_another_type()
    {
        var result = Verify(SourceAndClock, "internal static void Freeze() { _ = Clock.Boot; Source.Value = 2000; }");

        var violation = ResultAssert.ReachesTarget(result, "INIT106", Patch, "Sample.Clock");
        Assert.Equal(new[] { "TestClock.Freeze()", "Clock..cctor", "Source.Value" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Target_reading_lazily_through_a_stored_delegate_is_clean()
    {
        string clock = Clock.Replace("public static readonly System.DateTime Boot = Now();",
            "public static readonly System.Lazy<System.DateTime> Boot = new(() => Now());");

        var result = Verify(clock, "internal static void Freeze() => Clock.Now = () => new System.DateTime(2000, 1, 1);");

        Assert.Empty(result.Violations);
    }

    [Fact]
    public void Accepted_with_AcceptViolation_on_the_patch()
    {
        var result = Verify(Clock, """
            [InitOrder.AcceptViolation("INIT106", Target = typeof(Clock), Justification = "Boot is only logged.")]
            internal static void Freeze() => Clock.Now = () => new System.DateTime(2000, 1, 1);
            """);

        Assert.Empty(result.Violations);
        var accepted = Assert.Single(result.Accepted);
        Assert.Equal(("INIT106", "Sample.TestClock.Freeze()"), (accepted.Violation.Code, accepted.AcceptedAt));
    }

    private const string SourceAndClock = """
        namespace Sample
        {
            public static class Source { public static int Value = 1; }
            public static class Clock { public static readonly int Boot = Source.Value; }
        }
        """;

    private static VerificationResult Verify(string types, string patchBody) =>
        TestAssemblyBuilder.Create("App")
            .Bootstrap()
            .Source("Clock.cs", types)
            .Source("Patch.cs", $$"""
                namespace Sample
                {
                    internal static class TestClock
                    {
                        [InitOrder.InitPatch(typeof(Clock))]
                        {{patchBody}}
                    }
                }
                """)
            .Emit()
            .Verify();
}
