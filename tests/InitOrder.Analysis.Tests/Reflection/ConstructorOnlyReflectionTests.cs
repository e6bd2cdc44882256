using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reflection;

/// <summary>
/// Reflection that only constructs (<c>Activator.CreateInstance(Type)</c> on a type of unknown origin) runs a class's
/// static constructor only through a constructor it can call: on .NET 10 a static class, or a class without the
/// constructor asked for, throws MissingMethodException before its static constructor runs.
/// </summary>
public sealed class ConstructorOnlyReflectionTests
{
    // Type.GetType of a name known only at run time may return any type of the assembly: each case declares only its own.
    private const string Settings = "public static class Settings { static Settings() { Target.Touch(); } public static int Value; }";
    private const string Sized = "public sealed class Sized { static Sized() { Target.Touch(); } public Sized(int size) { } }";
    private const string Plain = "public sealed class Plain { static Plain() { Target.Touch(); } }";

    private const string UnknownType = "Activator.CreateInstance(Type.GetType(Console.ReadLine()!)!)";

    [Theory]
    [InlineData(Settings)]
    [InlineData(Sized)]
    public void Class_without_the_constructor_asked_for_is_not_initialized(string declaration)
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Console.WriteLine(" + UnknownType + ");", declaration));
    }

    [Fact]
    public void Class_with_the_constructor_asked_for_is_initialized()
    {
        var chain = ResultAssert.Chain(ResultAssert.ReachesTarget(EarlyInitializerScenario.Verify("Console.WriteLine(" + UnknownType + ");", Plain)));

        Assert.Equal("Plain..cctor", chain[^2]);
    }

    [Fact]
    public void Static_class_found_later_by_a_member_lookup_is_initialized()
    {
        // The constructor-only rule left Settings' static constructor out; a later rule that reads its members brings it in.
        const string body = "Console.WriteLine(" + UnknownType + "); Console.WriteLine(Type.GetType(Console.ReadLine()!)!.GetFields()[0].GetValue(null));";

        Assert.Equal("Settings..cctor", ResultAssert.Chain(ResultAssert.ReachesTarget(EarlyInitializerScenario.Verify(body, Settings)))[^2]);
    }
}
