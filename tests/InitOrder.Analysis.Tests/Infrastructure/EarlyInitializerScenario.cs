namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>
/// The common shape of the edge tests: a module initializer <c>Sample.Early.Init()</c> that the
/// compiler calls before InitOrder's (its file comes before the bootstrap), a patch
/// <c>Sample.Patches.PatchTarget</c> on <c>Sample.Target</c>, and an unrelated look-alike type for near misses.
/// </summary>
internal static class EarlyInitializerScenario
{
    public const string PatchName = "Sample.Patches.PatchTarget";
    public const string TargetName = "Sample.Target";

    public const string Types = """
        namespace Sample
        {
            public static class Target
            {
                public static int Value;
                public static void Touch() { }
            }

            public static class Unrelated
            {
                public static int Value;
                public static void Touch() { }
            }

            internal static class Patches
            {
                [InitOrder.InitPatch(typeof(Target))]
                internal static void PatchTarget() { }
            }
        }
        """;

    /// <param name="earlyBody">Statements of Early.Init().</param>
    /// <param name="declarations">More types in namespace Sample that the body uses.</param>
    public static CompiledAssembly Compile(string earlyBody, string declarations = "", bool release = false)
    {
        var builder = TestAssemblyBuilder.Create("App")
            .Source("Early.cs", EarlySource(earlyBody, declarations))
            .Bootstrap()
            .Source("Types.cs", Types);
        if (release)
        {
            builder.Release();
        }

        return builder.Emit();
    }

    public static VerificationResult Verify(string earlyBody, string declarations = "", bool release = false) =>
        Compile(earlyBody, declarations, release).Verify();

    public static string EarlySource(string earlyBody, string declarations) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;

        namespace Sample
        {
            internal static class Early
            {
                [System.Runtime.CompilerServices.ModuleInitializer]
                internal static void Init()
                {
                    {{earlyBody}}
                }
            }

            {{declarations}}
        }
        """;
}
