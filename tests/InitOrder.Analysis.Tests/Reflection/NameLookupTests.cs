using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reflection;

/// <summary>
/// A constant-name lookup on a Type the method cannot trace (Microsoft.Data.Sqlite's
/// <c>value.GetType().GetRuntimeProperty("LocalFolder")</c>) can only return members of that name: of every live or
/// mentioned type, but those alone.
/// </summary>
public sealed class NameLookupTests
{
    private const string Types = """
        public sealed class Clock { public object Current { get { Target.Touch(); return 1; } } }
        public sealed class Meter { public object Reading { get { Target.Touch(); return 2; } } }
        public sealed class Registry { public static int Instance = Target.Value; }
        public sealed class Ledger { public static int Other = Target.Value; }
        internal static class Reader
        {
            internal static object? Property(object value, string unused) => value.GetType().GetProperty(NAME)?.GetValue(value);
            internal static object? RuntimeProperty(object value) => System.Reflection.RuntimeReflectionExtensions.GetRuntimeProperty(value.GetType(), NAME)?.GetValue(value);
            internal static object? Field(Type type) => type.GetField(NAME)?.GetValue(null);
            internal static object? DeclaredProperty(object value) => System.Reflection.IntrospectionExtensions.GetTypeInfo(value.GetType()).GetDeclaredProperty(NAME)?.GetValue(value);
            internal static object? DeclaredMethods(object value) =>
                System.Linq.Enumerable.FirstOrDefault(System.Reflection.IntrospectionExtensions.GetTypeInfo(value.GetType()).GetDeclaredMethods(NAME))?.Invoke(value, null);
        }
        """;

    [Theory]
    [InlineData("Reader.Property(new Clock(), \"\")")]
    [InlineData("Reader.RuntimeProperty(new Clock())")]
    [InlineData("Reader.DeclaredProperty(new Clock())")]
    public void Lookup_by_a_constant_name_reaches_the_member_of_that_name(string call)
    {
        var result = Verify("Console.WriteLine(" + call + ");", "\"Current\"");

        Assert.Equal("Clock.get_Current()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    [Theory]
    [InlineData("Reader.Property(new Meter(), \"\")")]
    [InlineData("Reader.RuntimeProperty(new Meter())")]
    [InlineData("Reader.DeclaredProperty(new Meter())")]
    [InlineData("Reader.DeclaredMethods(new Meter())")]
    public void Lookup_by_a_constant_name_does_not_reach_other_members(string call)
    {
        // Meter is live, its Reading touches the target, and no lookup asks for Reading.
        var result = Verify("Console.WriteLine(" + call + ");", "\"Current\"");

        ResultAssert.Clean(result);
        Assert.Contains(result.Patches[0].Reflection, s => s.Rule == "live-and-mentioned-types");
    }

    [Fact]
    public void Declared_methods_by_a_constant_name_reach_the_methods_of_that_name()
    {
        // TypeInfo.GetDeclaredMethods("get_Current"): every overload of that name, non-public ones included.
        var result = Verify("Console.WriteLine(Reader.DeclaredMethods(new Clock()));", "\"get_Current\"");

        Assert.Equal("Clock.get_Current()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    [Fact]
    public void Declared_lookup_on_typeof_through_GetTypeInfo_is_a_lookup_on_that_type()
    {
        // EF Core's typeof(X).GetTypeInfo().GetDeclaredMethod("Name"): GetTypeInfo hands the same Type on, so only X's member counts.
        const string body = "Console.WriteLine(System.Reflection.IntrospectionExtensions.GetTypeInfo(typeof(Clock)).GetDeclaredProperty(NAME)!.GetValue(new Meter()));";

        Assert.Equal("Clock.get_Current()", ResultAssert.Chain(ResultAssert.ReachesTarget(Verify(body.Replace("NAME", "\"Current\""), "\"\"")))[^2]);
        var clean = Verify(body.Replace("NAME", "\"Reading\""), "\"\"");
        ResultAssert.Clean(clean);
        Assert.Contains(clean.Patches[0].Reflection, s => s.Rule == "constant-name");
    }

    [Fact]
    public void Lookup_by_a_name_known_only_at_run_time_keeps_the_rule_for_every_member()
    {
        var result = Verify("Console.WriteLine(Reader.Property(new Meter(), \"\"));", "Console.ReadLine()!");

        Assert.Equal("Meter.get_Reading()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    [Fact]
    public void Field_found_by_a_constant_name_runs_the_static_constructor_of_the_type_that_declares_it()
    {
        const string body = "Console.WriteLine(typeof(Registry).Name + typeof(Ledger).Name + Reader.Field(Type.GetType(Console.ReadLine()!)!));";

        Assert.Equal("Registry..cctor", ResultAssert.Chain(ResultAssert.ReachesTarget(Verify(body, "\"Instance\"")))[^2]);
        ResultAssert.Clean(Verify(body, "\"Missing\""));
    }

    [Fact]
    public void Lookup_on_a_known_type_runs_its_static_constructor_only_through_a_member_it_finds()
    {
        // The shared rule of ReflectedMembers: a name that finds nothing runs nothing, a static field of that name runs it.
        ResultAssert.Clean(Verify("Console.WriteLine(typeof(Registry).GetMethod(\"Missing\") is null);", "\"\""));
        Assert.Equal("Registry..cctor", ResultAssert.Chain(ResultAssert.ReachesTarget(
            Verify("Console.WriteLine(typeof(Registry).GetField(\"Instance\")!.GetValue(null));", "\"\"")))[^2]);
    }

    private static VerificationResult Verify(string body, string name) => EarlyInitializerScenario.Verify(body, Types.Replace("NAME", name));
}
