using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reachability;

/// <summary>
/// The oracle's other knock-out (<see cref="VerificationRequest.IgnoreTypeWideEscapes"/>): an object handed to framework
/// code as <c>object</c> no longer makes every live type's overrides callbacks, and an object handed under its own type
/// still does. The fuzz's ceiling in eng/soundness.md is only as good as this.
/// </summary>
public sealed class IgnoredTypeWideEscapesTests
{
    private const string Types = """
        public sealed class Meter { public override string ToString() { Target.Touch(); return "m"; } }
        internal static class Holder { internal static object Value = new Meter(); }
        """;

    // Console.WriteLine(object): what the field holds reaches framework code as any object.
    private const string AsObject = "Console.WriteLine(Holder.Value);";

    // string.Join<T>(string, IEnumerable<T>) with T = Meter: the objects are handed as Meters.
    private const string AsMeters = "Console.WriteLine(string.Join(\",\", new List<Meter> { new Meter() }));";

    [Fact]
    public void Without_the_knock_out_an_object_handed_as_object_has_its_ToString_called_back()
    {
        var result = Verify(AsObject, ignore: false);

        Assert.Equal("Meter.ToString()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    [Fact]
    public void The_knock_out_skips_an_object_handed_as_object()
    {
        ResultAssert.Clean(Verify(AsObject, ignore: true));
    }

    [Fact]
    public void The_knock_out_keeps_objects_handed_under_their_own_type()
    {
        var result = Verify(AsMeters, ignore: true);

        Assert.Equal("Meter.ToString()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    private static VerificationResult Verify(string body, bool ignore)
    {
        var assembly = EarlyInitializerScenario.Compile(body, Types);
        return Verifier.Verify(new VerificationRequest(assembly.Path, assembly.ReferencePaths, null, assembly.ProjectDirectory) { IgnoreTypeWideEscapes = ignore });
    }
}
