using System.IO;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reuse;

/// <summary>
/// The property reuse rests on: after any edit, a reused verification reports exactly what a fresh one reports. Each
/// case edits one method, reached in its own way or not at all, from harmless to touching the target, and rebuilds the
/// project in place.
/// </summary>
public sealed class ReuseSoundnessTests
{
    private const string Harmless = "Unrelated.Touch();";
    private const string Touches = "Target.Touch();";

    [Theory]
    [InlineData("Dispatched", true)]
    [InlineData("NotLive", false)]
    [InlineData("StaticConstructor", true)]
    [InlineData("ReflectedByName", true)]
    [InlineData("Sibling", false)]
    [InlineData("Lambda", true)]
    [InlineData("Never", false)]
    [InlineData("AfterAwait", true)]
    [InlineData("Generic", true)]
    public void A_reused_verification_reports_what_a_fresh_one_reports_after_an_edit_of_one_method(string site, bool reached)
    {
        string folder = TestFolders.NewFolder("reuse-" + site);
        string reuse = Path.Combine(folder, "obj", "initorder");
        var before = Build(folder, edited: null);
        Assert.Empty(Verify(before, reuse).Violations);

        var after = Build(folder, edited: site);
        var reused = Verify(after, reuse);
        var fresh = Verify(after, reuse: null);

        Assert.Equal(ReportSnapshot.Findings(fresh), ReportSnapshot.Findings(reused));
        Assert.Equal(reached, fresh.Violations.Count > 0);
        Assert.Equal(!reached, reused.Stats.Reused);
    }

    private static VerificationRequest Build(string folder, string? edited)
    {
        string Body(string site) => site == edited ? Touches : Harmless;
        string declarations = $$"""
            public abstract class Base { public abstract void Run(); }
            public sealed class Live : Base { public override void Run() { {{Body("Dispatched")}} } }
            public sealed class NotLive : Base { public override void Run() { {{Body("NotLive")}} } }
            public static class Holder { public static int X; static Holder() { {{Body("StaticConstructor")}} X = 1; } }
            public static class Reflected { public static void Named() { {{Body("ReflectedByName")}} } public static void Sibling() { {{Body("Sibling")}} } }
            public static class Lambdas { public static Action Make() => () => { {{Body("Lambda")}} }; }
            public static class Never { public static void Run() { {{Body("Never")}} } }
            public static class Later { public static async Task Run() { await Task.Yield(); {{Body("AfterAwait")}} } }
            public static class Generic<T> { public static void Run() { {{Body("Generic")}} } }
            """;
        const string early = """
            Base shape = new Live(); shape.Run();
            _ = Holder.X;
            typeof(Reflected).GetMethod("Named")!.Invoke(null, null);
            Lambdas.Make()();
            Later.Run().Wait();
            Generic<int>.Run();
            """;
        var app = TestAssemblyBuilder.Create("App").MapSourcePaths("/_/")
            .Source("Early.cs", EarlyInitializerScenario.EarlySource(early, declarations))
            .Bootstrap()
            .Source("Types.cs", EarlyInitializerScenario.Types)
            .Emit(Path.Combine(folder, "bin"));
        return new VerificationRequest(app.Path, app.ReferencePaths, null, folder);
    }

    private static VerificationResult Verify(VerificationRequest request, string? reuse) =>
        Verifier.Verify(new VerificationRequest(request.AssemblyPath, request.ReferencePaths, request.SourceRoots, request.ProjectDirectory) { ReuseDirectory = reuse });
}
