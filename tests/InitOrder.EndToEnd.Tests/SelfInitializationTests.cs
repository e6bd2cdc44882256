using System;
using System.IO;
using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>
/// INIT106 through the packed package: the most natural first patch writes its own target, which runs the target's
/// static constructor (capturing the real clock) before the write. Kept in a separate type, the same setting works.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SelfInitializationTests(PackedPackageFixture package)
{
    private const string Telemetry = """
        internal static class Telemetry
        {
            [System.Runtime.CompilerServices.ModuleInitializer]
            internal static void Init() => System.Console.WriteLine("telemetry boot " + Clock.Boot.Year);
        }

        internal static class Program { private static void Main() { } }
        """;

    /// <summary>The patch freezes the clock by writing <paramref name="setting"/>; the write is on line 6.</summary>
    private static string TestClock(string setting) => $$"""
        namespace App;

        internal static class TestClock
        {
            [InitOrder.InitPatch(typeof(Clock))]
            internal static void Freeze() => {{setting}} = () => new System.DateTime(2000, 1, 1);
        }
        """;

    [Fact]
    public void Patch_that_writes_its_own_target_fails_with_INIT106_at_the_write_with_both_chains()
    {
        var app = package.CreateProject("App").WithProject()
            .WithFile("Clock.cs", """
                namespace App;

                public static class Clock
                {
                    public static System.Func<System.DateTime> Now = () => System.DateTime.UtcNow;
                    public static readonly System.DateTime Boot = Now();
                }
                """)
            .WithFile("TestClock.cs", TestClock("Clock.Now"))
            .WithFile("Telemetry.cs", "namespace App;\n\n" + Telemetry);

        var error = BuildAssert.FailedWithSingle(app.Build(), "INIT106");

        Assert.Equal((Path.Combine(app.Directory, "TestClock.cs"), 6, 38), (error.File, error.Line, error.Column));
        Assert.Contains("Patch 'App.TestClock.Freeze' runs the static constructor of its target 'App.Clock' before it writes 'Clock.Now'", error.Message);
        Assert.Contains("(TestClock.Freeze() (TestClock.cs:6) \u2192 Clock..cctor)", error.Message);
        Assert.Contains("(Clock..cctor (Clock.cs:6) \u2192 Clock.Now)", error.Message);
        Assert.False(File.Exists(app.OutputFile()), "a violating assembly must not reach bin/");
        Assert.Contains("INIT106", File.ReadAllText(app.IntermediateFile("InitOrder.report.sarif")));
    }

    [Fact]
    public void Setting_moved_into_a_ClockSource_type_builds_clean_and_the_frozen_year_is_seen()
    {
        var app = package.CreateProject("App").WithProject()
            .WithFile("Clock.cs", """
                namespace App;

                public static class ClockSource { public static System.Func<System.DateTime> Now = () => System.DateTime.UtcNow; }

                public static class Clock { public static readonly System.DateTime Boot = ClockSource.Now(); }
                """)
            .WithFile("TestClock.cs", TestClock("ClockSource.Now"))
            .WithFile("Telemetry.cs", "namespace App;\n\n" + Telemetry);

        var build = app.Build();
        BuildAssert.Succeeded(build);
        BuildAssert.HasNoInitOrderDiagnostics(build);
        var run = app.Run();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("telemetry boot 2000", run.StandardOutput.Trim());
    }
}
