using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts;

/// <summary>
/// The fact scan reads a token repeated in one body once. That is sound only while every rule that reads something from
/// a call's site (its receiver, the delegate type after an <c>ldftn</c>, reflection's arguments) reads it again at each
/// use: two misses came from rules that did not. Each input is verified both ways, and the worlds must be the same.
/// </summary>
public sealed class RepeatedTokenTests
{
    private const string Shapes = """
        internal interface IShape { int Area(); }
        internal sealed class Circle : IShape { public int Area() { Target.Touch(); return 3; } public override string ToString() => "c" + Target.Value; }
        internal struct Plain : IShape { public int Area() => 1; }
        internal static class Holder
        {
            internal delegate int Getter();
            internal static int Read() => Target.Value;
            internal static int Run(Getter getter) => getter();
            internal static IShape Make() => new Circle();
        }
        """;

    [Theory]
    [InlineData("object boxed = new Plain(); int area = ((IShape)boxed).Area(); area += new Lazy<IShape>(() => new Circle()).Value.Area(); Console.WriteLine(area);")]
    [InlineData("Func<int> first = Holder.Read; GC.KeepAlive(first); Holder.Getter second = Holder.Read; Console.WriteLine(Holder.Run(second));")]
    [InlineData("Console.WriteLine(new Plain().ToString() + Holder.Make().ToString() + typeof(Circle).GetMethod(\"Area\") + typeof(Plain).GetMethod(\"ToString\"));")]
    [InlineData("IShape a = new Plain(); IShape b = Holder.Make(); Func<int> f = a.Area; Func<int> g = b.Area; Console.WriteLine(a.Area() + b.Area() + f() + g());")]
    public void Scanning_each_repeat_finds_the_same_world(string body)
    {
        var assembly = EarlyInitializerScenario.Compile(body, Shapes);

        Assert.Equal(World(Verify(assembly, scanRepeats: true)), World(Verify(assembly, scanRepeats: false)));
    }

    [Fact]
    public void The_reader_fuzz_application_gives_the_same_world_both_ways()
    {
        // Patches, generics, lambdas, async code, interfaces and a library: the undamaged input of the reader fuzz test.
        var request = Cache.CacheEquivalenceTests.CorpusApplication();
        var skipping = Verifier.Verify(request);
        request.ScanRepeatedTokens = true;
        var scanning = Verifier.Verify(request);

        Assert.NotEmpty(skipping.Patches);
        Assert.Equal(World(scanning), World(skipping));
    }

    private static VerificationResult Verify(CompiledAssembly assembly, bool scanRepeats) =>
        Verifier.Verify(new VerificationRequest(assembly.Path, assembly.ReferencePaths, null, assembly.ProjectDirectory) { ScanRepeatedTokens = scanRepeats });

    /// <summary>What the world reached: its size, each patch's predictions and each violation's root and target.</summary>
    private static string World(VerificationResult result) =>
        result.Stats.MethodsAnalysed + "\n" +
        string.Join("\n", result.Patches.Select(p => p.Method + ": " + string.Join(", ", p.MayRunBefore))) + "\n" +
        string.Join("\n", result.Violations.Select(v => v.Patch + " " + v.PatchedType + " " + v.Root).OrderBy(v => v, System.StringComparer.Ordinal));
}
