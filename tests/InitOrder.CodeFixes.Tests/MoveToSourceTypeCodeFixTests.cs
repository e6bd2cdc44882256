using System.Threading.Tasks;
using InitOrder.Tests.Direct;
using InitOrder.Tests.Shared;

namespace InitOrder.CodeFixes.Tests;

/// <summary>INIT106, direct: the fix moves the written member into a new type that the target reads from, in the same file.</summary>
public sealed class MoveToSourceTypeCodeFixTests
{
    [Fact]
    public Task The_written_field_moves_into_a_source_type_before_the_target_and_every_use_follows_in_every_file()
    {
        var test = new DirectViolationTest<MoveToSourceTypeCodeFix>();
        test.TestState.Sources.Add(("/0/Clock.cs", DirectViolationSamples.ClockBefore));
        test.TestState.Sources.Add(("/0/TestClock.cs", DirectViolationSamples.TestClockBefore));
        test.FixedState.Sources.Add(("/0/Clock.cs", DirectViolationSamples.ClockAfter));
        test.FixedState.Sources.Add(("/0/TestClock.cs", DirectViolationSamples.TestClockAfter));
        return test.RunAsync();
    }

    [Fact]
    public Task A_private_auto_property_of_one_of_several_fields_becomes_internal_and_a_taken_name_gets_a_number()
    {
        return Verify(
            """
            namespace App;

            internal static class SettingsSource { }

            internal static class Settings
            {
                public static int Level = 1, Depth = 2;
                public static readonly string Banner = Source + Depth;
                private static string Source { get; set; } = "system";

                [InitOrder.InitPatch(typeof(Settings))]
                internal static void Fake() => {|INIT106:Source|} = "fake";
            }
            """,
            """
            namespace App;

            internal static class SettingsSource { }

            internal static class SettingsSource2
            {
                internal static string Source { get; set; } = "system";
            }

            internal static class Settings
            {
                public static int Level = 1, Depth = 2;
                public static readonly string Banner = SettingsSource2.Source + Depth;

                [InitOrder.InitPatch(typeof(Settings))]
                internal static void Fake() => SettingsSource2.Source = "fake";
            }
            """);
    }

    private static Task Verify(string source, string fixedSource)
        => new DirectViolationTest<MoveToSourceTypeCodeFix> { TestCode = source, FixedCode = fixedSource }.RunAsync();
}
