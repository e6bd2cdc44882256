using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reflection;

/// <summary>
/// typeof, or a constant Type.GetType, of a type whose definition has no analysed code names framework members only:
/// reflection on it reaches none of the app's code (what framework code calls back is the callback rule's).
/// </summary>
public sealed class CodelessTypeTests
{
    private const string Bystander = "public sealed class Bystander { public Bystander() { } public void Poke() => Target.Touch(); }";

    [Theory]
    [InlineData("typeof(object).GetMethods()")]
    [InlineData("typeof(System.Collections.Generic.IDictionary<Bystander, object>).GetMethods()")]
    [InlineData("Type.GetType(\"Windows.Storage.ApplicationData, Windows, ContentType=WindowsRuntime\")?.GetMethods()")]
    public void Reflection_on_a_framework_type_reaches_no_app_code(string lookup)
    {
        var result = EarlyInitializerScenario.Verify("GC.KeepAlive(new Bystander()); Console.WriteLine(Probe.Run());", Bystander + """
            internal static class Probe { internal static int Run() => (
            """ + lookup + """
            )?.Length ?? 0; }
            """);

        ResultAssert.Clean(result);
        Assert.DoesNotContain(result.Patches[0].Reflection, s => s.Rule == "live-and-mentioned-types");
    }
}
