using System.Threading.Tasks;

namespace InitOrder.Generator.Tests.Analyzers;

/// <summary>INIT106, direct: a patch writes a member of its own target that the target's static initialization reads.</summary>
public sealed class OwnTargetWriteRuleTests
{
    private const string Clock = """
        namespace App;

        public static class Clock
        {
            public static System.Func<System.DateTime> Now = () => System.DateTime.UtcNow;
            public static readonly System.DateTime Boot = Now();
        }

        """;

    /// <summary>The verifier's INIT106 message for the patch TestClock.Freeze writing Clock.Now, with this trigger chain.</summary>
    private static string ClockMessage(string trigger) =>
        "Patch 'App.TestClock.Freeze' runs the static constructor of its target 'App.Clock' before it writes 'Clock.Now', which that constructor reads: " +
        "the patch's first access to the target runs 'Clock..cctor' (" + trigger + "), and 'Clock..cctor' reads the value the patch has not written yet " +
        "(Clock..cctor (Test0.cs:6) \u2192 Clock.Now). A patch configures what its target reads: move 'Clock.Now' into a type the target reads from " +
        "(as the README's ThreadIdentity holds the provider ThreadRegistry reads), or make the target read it lazily (a property or method that reads it " +
        "on each use, not a static field initializer).";

    [Fact]
    public Task Patch_writing_what_its_target_initializer_reads_is_INIT106_at_the_write_with_the_verifier_message()
    {
        return Direct.VerifyAsync(
            Clock + """
            internal static class TestClock
            {
                [InitOrder.InitPatch(typeof(Clock))]
                internal static void Freeze() => {|#0:Clock.Now|} = () => new System.DateTime(2000, 1, 1);
            }
            """,
            Direct.Expect("INIT106", 0, ClockMessage("TestClock.Freeze() (Test0.cs:11) \u2192 Clock..cctor")));
    }

    [Fact]
    public Task A_write_in_a_static_helper_of_the_project_is_reported_at_the_call_with_the_helper_in_the_chain()
    {
        return Direct.VerifyAsync(
            Clock + """
            internal static class TestClock
            {
                [InitOrder.InitPatch(typeof(Clock))]
                internal static void Freeze()
                {
                    System.Console.WriteLine("freezing");
                    {|#0:Helpers.SetNow()|};
                }
            }

            internal static class Helpers
            {
                internal static void SetNow() => Clock.Now = () => default;
            }
            """,
            Direct.Expect("INIT106", 0, ClockMessage("TestClock.Freeze() (Test0.cs:14) \u2192 Helpers.SetNow() (Test0.cs:20) \u2192 Clock..cctor")));
    }

    [Theory]
    [InlineData("public static string Source { get; set; } = \"system\";\n    public static readonly int Length = Source.Length;", "{|INIT106:Settings.Source|} = \"fake\"")]
    [InlineData("public static string Source = \"system\";\n    public static readonly string Copy;\n    static Settings() { Copy = Source + \"!\"; }", "{|INIT106:Settings.Source|} = \"fake\"")]
    [InlineData("public static int Level;\n    public static readonly int Start = Level * 2;", "System.Console.WriteLine({|INIT106:Settings.Start|}); Settings.Level = 3")]
    [InlineData("public static int Level;\n    public static readonly int Start = Level * 2;", "{|INIT106:Settings.Level|} += 3")]
    [InlineData("public static int Level;\n    public static readonly int Start = Level * 2;\n    public static void Set() => Level = 3;", "{|INIT106:Settings.Set()|}")]
    public Task Reads_in_initializers_or_the_static_constructor_and_writes_through_fields_properties_or_helpers_count(string members, string patchBody)
    {
        return Direct.VerifyAsync($$"""
            namespace App;
            public static class Settings
            {
                {{members}}
            }
            internal static class Patch { [InitOrder.InitPatch(typeof(Settings))] internal static void Apply() { {{patchBody}}; } }
            """);
    }

    [Theory]
    [InlineData("public static int Level;\n    public static readonly System.Func<int> Start = () => Level;", "Settings.Level = 3")] // read lazily, in a lambda
    [InlineData("public static int Level;\n    public static int Start => Level;", "Settings.Level = 3")] // read on each use
    [InlineData("public static int Level;\n    public static readonly int Other = 2;", "Settings.Level = 3")] // written, never read
    [InlineData("public static int Level = 1;\n    public static readonly int Start = Level;", "System.Console.WriteLine(Settings.Level)")] // read, never written
    [InlineData("public static int Level = Source.Value;\n    public static readonly int Start = Level;", "Source.Value = 3")] // the configured type is another type
    [InlineData("public static int Level;\n    public static readonly int Start = Level;", "System.Action set = () => Settings.Level = 3")] // not run by the patch
    [InlineData("public static int Level;\n    public static int Start = Level;", "Settings.Level = 3;\n    [InitOrder.AcceptViolation(\"INIT106\", Target = typeof(Settings), Justification = \"the start level is unused\")] static void Unused() { }")] // accepted elsewhere: wrong method
    public Task What_the_target_does_not_read_first_or_the_patch_does_not_write_is_not_INIT106(string members, string patchBody)
    {
        var reported = patchBody.Contains("AcceptViolation");
        var body = reported ? patchBody.Replace("Settings.Level = 3;", "{|INIT106:Settings.Level|} = 3; }") : patchBody + "; }";
        return Direct.VerifyAsync($$"""
            namespace App;
            public static class Source { public static int Value; }
            public static class Settings
            {
                {{members}}
            }
            internal static class Patch { [InitOrder.InitPatch(typeof(Settings))] internal static void Apply() { {{body}} }
            """);
    }

    [Theory]
    [InlineData("[InitOrder.AcceptViolation(\"INIT106\", Target = typeof(Clock), Justification = \"Boot is only logged\")]", "")]
    [InlineData("", "[assembly: InitOrder.AcceptViolation(\"INIT106\", Patch = \"App.TestClock.Freeze\", Justification = \"Boot is only logged\")]")]
    public Task AcceptViolation_on_the_patch_or_the_assembly_accepts_it(string onMethod, string onAssembly)
    {
        return Direct.VerifyAsync(onAssembly + "\n" + Clock + $$"""
            internal static class TestClock
            {
                {{onMethod}}
                [InitOrder.InitPatch(typeof(Clock))]
                internal static void Freeze() => Clock.Now = () => default;
            }
            """);
    }

    [Fact]
    public Task Nothing_is_reported_when_the_verifier_is_off()
    {
        var test = new InitOrder.Tests.Direct.DirectViolationTest<Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>();
        test.TestState.Sources.Add(Clock + "internal static class TestClock { [InitOrder.InitPatch(typeof(Clock))] internal static void Freeze() => Clock.Now = () => default; }");
        test.TestState.AnalyzerConfigFiles.Add(("/verify.globalconfig", "is_global = true\nbuild_property.InitOrderVerify = false\n"));
        return test.RunAsync();
    }
}
