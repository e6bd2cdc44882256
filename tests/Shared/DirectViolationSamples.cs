namespace InitOrder.Tests.Shared;

/// <summary>
/// One app with the three direct violations the analyzers report while typing, before and after their code fixes.
/// The code-fix tests check that each fix turns Before into After exactly; the end-to-end test builds Before through the
/// packed package (each diagnostic once, from the analyzer; from the verifier when analyzers do not run) and After
/// (clean, and the frozen clock is seen at run time). Markup such as <c>{|INIT106:Clock.Now|}</c> marks where each
/// diagnostic is; <see cref="Plain"/> removes it.
/// </summary>
public static class DirectViolationSamples
{
    /// <summary>INIT106 in the patch body: writing <c>Clock.Now</c> runs Clock's static constructor, which reads it first.</summary>
    public const string ClockBefore = """
        namespace App;

        public static class Clock
        {
            public static System.Func<System.DateTime> Now = () => System.DateTime.UtcNow;
            public static readonly System.DateTime Boot = Now();
        }
        """;

    public const string ClockAfter = """
        namespace App;

        public static class ClockSource
        {
            public static System.Func<System.DateTime> Now = () => System.DateTime.UtcNow;
        }

        public static class Clock
        {
            public static readonly System.DateTime Boot = ClockSource.Now();
        }
        """;

    public const string TestClockBefore = """
        namespace App;

        internal static class TestClock
        {
            [InitOrder.InitPatch(typeof(Clock))]
            internal static void Freeze() => {|INIT106:Clock.Now|} = () => new System.DateTime(2000, 1, 1);
        }
        """;

    public const string TestClockAfter = """
        namespace App;

        internal static class TestClock
        {
            [InitOrder.InitPatch(typeof(Clock))]
            internal static void Freeze() => ClockSource.Now = () => new System.DateTime(2000, 1, 1);
        }
        """;

    /// <summary>INIT106 through a helper of the project the patch calls; fixed by accepting it (a reviewer's justification).</summary>
    public const string LevelBefore = """
        namespace App;

        public static class Level
        {
            public static int Value = 1;
            public static readonly int Start = Value * 10;
        }

        internal static class LevelPatch
        {
            [InitOrder.InitPatch(typeof(Level))]
            internal static void Raise()
            {
                {|INIT106:LevelSettings.Set(3)|};
            }
        }

        internal static class LevelSettings
        {
            internal static void Set(int value) => Level.Value = value;
        }
        """;

    public const string LevelAfter = """
        namespace App;

        public static class Level
        {
            public static int Value = 1;
            public static readonly int Start = Value * 10;
        }

        internal static class LevelPatch
        {
            [InitOrder.InitPatch(typeof(Level))]
            [InitOrder.AcceptViolation("INIT106", Target = typeof(Level), Justification = "")]
            internal static void Raise()
            {
                LevelSettings.Set(3);
            }
        }

        internal static class LevelSettings
        {
            internal static void Set(int value) => Level.Value = value;
        }
        """;

    /// <summary>INIT102: Tune (Order 1) reads Config before Configure (Order 2) configures it.</summary>
    public const string TuningBefore = """
        namespace App;

        public static class Config { public static string Value = "default"; }

        public static class Timer { public static int Resolution; }

        internal static class Tuning
        {
            [InitOrder.InitPatch(typeof(Timer), Order = 1)]
            internal static void Tune() => Timer.Resolution = {|INIT102:Config.Value|}.Length;

            [InitOrder.InitPatch(typeof(Config), Order = 2)]
            internal static void Configure() => Config.Value = "configured";
        }
        """;

    public const string TuningAfter = """
        namespace App;

        public static class Config { public static string Value = "default"; }

        public static class Timer { public static int Resolution; }

        internal static class Tuning
        {
            [InitOrder.InitPatch(typeof(Timer), Order = 2)]
            internal static void Tune() => Timer.Resolution = Config.Value.Length;

            [InitOrder.InitPatch(typeof(Config), Order = 2)]
            internal static void Configure() => Config.Value = "configured";
        }
        """;

    /// <summary>A module initializer after the patches that prints what the clock, the level and the timer captured.</summary>
    public const string Program = """
        namespace App;

        internal static class Telemetry
        {
            [System.Runtime.CompilerServices.ModuleInitializer]
            internal static void Init() => System.Console.WriteLine($"boot {Clock.Boot.Year} level {Level.Start} resolution {Timer.Resolution}");
        }

        internal static class Program { private static void Main() { } }
        """;

    /// <summary>The source without the diagnostic markup.</summary>
    public static string Plain(string marked) => System.Text.RegularExpressions.Regex.Replace(marked, @"\{\|[A-Z0-9]+:(.*?)\|\}", "$1");
}
