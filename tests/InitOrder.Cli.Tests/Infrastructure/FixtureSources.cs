namespace InitOrder.Cli.Tests.Infrastructure;

/// <summary>The C# of the fixtures; line numbers matter to the tests that check locations.</summary>
internal static class FixtureSources
{
    public const string Vendor = """
        namespace Vendor;

        public static class Api
        {
            public static void Hello() { }
        }
        """;

    // Early.Init calls Setup.Run on line 8, column 9.
    public const string PlainEarly = """
        namespace Sample;

        internal static class Early
        {
            [System.Runtime.CompilerServices.ModuleInitializer]
            internal static void Init()
            {
                Setup.Run();
            }
        }
        """;

    public const string PlainTypes = """
        namespace Sample;

        public static class Setup
        {
            public static void Run()
            {
                Target.Touch();
                Vendor.Api.Hello();
            }
        }

        public static class Target
        {
            public static int Value;
            public static void Touch() { }
        }

        public static class Hidden
        {
            public static int Value;
        }

        public static class Unreached
        {
            public static int Value;
        }

        public static class Config
        {
            public static readonly int Level = Hidden.Value;
        }
        """;

    public const string CachedTarget = """
        namespace Sample;

        public static class Target
        {
            public static int Value;
        }

        public static class Cache
        {
            public static readonly int Copy = Target.Value;
        }

        internal static class Patches
        {
            [InitOrder.InitPatch(typeof(Target))]
            internal static void Apply() { }
        }
        """;
}
