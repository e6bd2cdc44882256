using System;
using System.IO;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Cli.Tests.Infrastructure;

/// <summary>
/// The assemblies the tests check, each compiled once per run into its own output folder (so its
/// references lie beside it, as in a build output).
/// </summary>
internal static class Fixtures
{
    private static readonly Lazy<CompiledAssembly> s_plain = new(CompilePlain);
    private static readonly Lazy<CompiledAssembly> s_telemetry = new(CompileTelemetry);
    private static readonly Lazy<CompiledAssembly> s_cachedTarget = new(CompileCachedTarget);

    /// <summary>
    /// No InitOrder: a module initializer reaches Sample.Target and assembly Vendor; only Config's static constructor
    /// reaches Sample.Hidden. Beside it: Vendor.dll and an unrelated Sample.Target.dll.
    /// </summary>
    public static CompiledAssembly Plain => s_plain.Value;

    /// <summary>InitOrder patches with an INIT101: Telemetry.Init() runs first and reaches the patched ThreadIdentity.</summary>
    public static CompiledAssembly Telemetry => s_telemetry.Value;

    /// <summary>InitOrder patches, clean as built; only Cache's static constructor reaches the patched Sample.Target.</summary>
    public static CompiledAssembly CachedTarget => s_cachedTarget.Value;

    private static CompiledAssembly CompilePlain()
    {
        var vendorBuilder = TestAssemblyBuilder.Create("Vendor").WithoutGenerator().Source("Api.cs", FixtureSources.Vendor);
        string output = Path.Combine(TestFolders.NewFolder("plain-output"));
        var vendor = vendorBuilder.Emit(output);

        // A file named like a type the app uses: the type must still win (see CheckedTargets).
        TestAssemblyBuilder.Create("Sample.Target").WithoutGenerator().Source("Empty.cs", "namespace Lookalike; public static class Nothing { }").Emit(output);
        return TestAssemblyBuilder.Create("Plain")
            .WithoutGenerator()
            .Source("Early.cs", FixtureSources.PlainEarly)
            .Source("Types.cs", FixtureSources.PlainTypes)
            .Reference(vendor)
            .Emit(output);
    }

    private static CompiledAssembly CompileTelemetry() => TelemetrySample.Builder("App").Emit();

    private static CompiledAssembly CompileCachedTarget() =>
        TestAssemblyBuilder.Create("Cached")
            .Bootstrap()
            .Source("Types.cs", FixtureSources.CachedTarget)
            .Emit();
}
