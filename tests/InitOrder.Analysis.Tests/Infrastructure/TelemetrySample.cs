namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>
/// The gevent shape as a compiled fixture, shared by the analysis and CLI tests: <c>Telemetry.Init()</c>, a module
/// initializer compiled ahead of InitOrder's, reads <c>ThreadRegistry.Count</c>, whose static constructor reads the
/// patched <c>ThreadIdentity</c> (INIT101 through a static constructor). Line numbers matter to the tests.
/// </summary>
internal static class TelemetrySample
{
    private const string Telemetry = """
        namespace Sample;

        internal static class Telemetry
        {
            [System.Runtime.CompilerServices.ModuleInitializer]
            internal static void Init()
            {
                System.Console.WriteLine("telemetry");
                int count = ThreadRegistry.Count;
            }
        }
        """;

    private const string ThreadRegistry = """
        namespace Sample;

        public static class ThreadRegistry
        {
            public static readonly int Count = ThreadIdentity.Current.Length;
        }
        """;

    private const string ThreadIdentity = """
        namespace Sample;

        public static class ThreadIdentity
        {
            public static string Current => "main";
        }

        internal static class Patches
        {
            [InitOrder.InitPatch(typeof(ThreadIdentity), Order = 1)]
            internal static void UseFakeIdentity() { }
        }
        """;

    private const string InitializerAttribute = "[System.Runtime.CompilerServices.ModuleInitializer]";

    /// <param name="initAttributes">More attributes for <c>Telemetry.Init()</c>, on the line after its [ModuleInitializer].</param>
    public static TestAssemblyBuilder Builder(string assemblyName, string initAttributes = "") => TestAssemblyBuilder.Create(assemblyName)
        .Source("Telemetry.cs", initAttributes.Length == 0 ? Telemetry : Telemetry.Replace(InitializerAttribute, InitializerAttribute + "\n    " + initAttributes))
        .Bootstrap()
        .Source("ThreadRegistry.cs", ThreadRegistry)
        .Source("ThreadIdentity.cs", ThreadIdentity);
}
