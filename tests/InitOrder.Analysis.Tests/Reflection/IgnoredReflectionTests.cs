using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reflection;

/// <summary>
/// The oracle's knock-out (<see cref="VerificationRequest.IgnoredReflection"/>): a named kind or reason of reflective
/// call is skipped, and nothing else is. The precision ceilings in eng/soundness.md are only as good as this.
/// </summary>
public sealed class IgnoredReflectionTests
{
    private const string Types = """
        public sealed class Meter { public object Reading { get { Target.Touch(); return 2; } } }
        internal static class Reader
        {
            internal static object? Property(object value, string name) => value.GetType().GetProperty(name)?.GetValue(value);
        }
        """;

    private const string Body = "Console.WriteLine(Reader.Property(new Meter(), Console.ReadLine()!));";

    [Theory]
    [InlineData("LiveAndMentionedTypes")]
    [InlineData("TypeValueOfUnknownOrigin")]
    public void A_knocked_out_kind_or_reason_reaches_nothing(string ignored)
    {
        var result = Verify(ignored);

        ResultAssert.Clean(result);
        Assert.DoesNotContain(result.Patches[0].Reflection, s => s.Rule == "live-and-mentioned-types");
    }

    [Fact]
    public void Other_kinds_are_applied_as_usual()
    {
        var result = Verify("HandedTypes", "RequiresUnreferencedCode");

        Assert.Equal("Meter.get_Reading()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    private static VerificationResult Verify(params string[] ignored)
    {
        var assembly = EarlyInitializerScenario.Compile(Body, Types);
        return Verifier.Verify(new VerificationRequest(assembly.Path, assembly.ReferencePaths, null, assembly.ProjectDirectory) { IgnoredReflection = ignored });
    }
}
