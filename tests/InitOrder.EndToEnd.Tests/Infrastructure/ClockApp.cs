namespace InitOrder.EndToEnd.Tests.Infrastructure;

/// <summary>The small app most end-to-end tests build: a patch fakes a clock that Main prints.</summary>
public static class ClockApp
{
    /// <summary>Clean: one patch sets <c>Clock.Source</c> to <paramref name="fake"/>, and Main prints it.</summary>
    public static string Clean(string @namespace = "App", string fake = "fake") => $$"""
        namespace {{@namespace}};
        public static class Clock { public static string Source = "system"; }
        internal static class Patches { [InitOrder.InitPatch(typeof(Clock))] internal static void UseFake() => Clock.Source = "{{fake}}"; }
        internal static class Program { private static void Main() => System.Console.WriteLine(Clock.Source); }
        """;

    /// <summary>
    /// INIT102 at line 6 (after <paramref name="header"/>): patch Tune (Order 1) computes <paramref name="read"/>, which
    /// reads the clock before patch UseFake (Order 2) fakes it. Pass a <paramref name="read"/> without the clock for a clean app.
    /// </summary>
    public static string TuneReadsClockFirst(string @namespace = "App", string read = "Clock.Source.Length", string header = "") => $$"""
        {{header}}
        namespace {{@namespace}};
        public static class Clock { public static string Source = "system"; }
        public static class Timer { public static int Resolution; }
        internal static class Patches
        {
            [InitOrder.InitPatch(typeof(Timer), Order = 1)] internal static void Tune() => Timer.Resolution = {{read}};
            [InitOrder.InitPatch(typeof(Clock), Order = 2)] internal static void UseFake() => Clock.Source = "fake";
        }
        internal static class Program { private static void Main() => System.Console.WriteLine(Clock.Source + " " + Timer.Resolution); }
        """;
}
