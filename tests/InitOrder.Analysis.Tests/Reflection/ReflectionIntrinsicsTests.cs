using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reflection;

/// <summary>
/// Calls whose arguments decide what reflection needs, as ILLink's intrinsics read them: constant BindingFlags narrow what
/// a lookup requires of its Type (NLog's <c>MethodFactory.ExtractClassMethods</c>), and <c>MakeGenericType</c> on a
/// framework definition none of whose generic parameters is annotated makes a type whose members are framework code
/// (NLog's <c>PropertyHelper.TryCreateTypeCollection</c>). Invoice is only mentioned.
/// </summary>
public sealed class ReflectionIntrinsicsTests
{
    private const string Types = """
        public sealed class Service { public Service() { } }
        public sealed class Invoice
        {
            public static string Format() => "";
            private static void Secret() => Target.Touch();
            public override string ToString() => "invoice " + Target.Value;
        }
        internal static class Scanner
        {
            internal static int Count([System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicMethods)] Type type) =>
                type.GetMethods(FLAGS).Length;
            internal static object? Collection(Type item) => Activator.CreateInstance(typeof(DEFINITION<>).MakeGenericType(item));
        }
        public sealed class Box<T> where T : new() { public T Value = new T(); }
        """;

    [Fact]
    public void Constant_binding_flags_ask_only_for_the_members_they_select()
    {
        var result = Verify("Scanner.Count(typeof(Service))", "System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public");

        ResultAssert.Clean(result);
        Assert.DoesNotContain(result.Patches[0].Reflection, s => s.Rule == "live-and-mentioned-types");
    }

    [Fact]
    public void Binding_flags_that_ask_for_more_than_the_annotation_keep_the_conservative_rule()
    {
        var result = Verify("Scanner.Count(typeof(Service))", "System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic");

        Assert.Contains("Invoice.Secret()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void A_framework_generic_made_over_any_type_constructs_only_framework_code()
    {
        var result = Verify("Scanner.Collection(typeof(Service))", definition: "List");

        ResultAssert.Clean(result);
        Assert.DoesNotContain(result.Patches[0].Reflection, s => s.Rule == "live-and-mentioned-types");
    }

    [Fact]
    public void An_analysed_generic_made_over_a_type_of_unknown_origin_keeps_the_conservative_rule()
    {
        var result = Verify("Scanner.Collection(typeof(Service))", definition: "Box");

        Assert.Contains("Invoice.ToString()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    private static VerificationResult Verify(string call, string flags = "System.Reflection.BindingFlags.Public", string definition = "List") =>
        EarlyInitializerScenario.Verify("GC.KeepAlive(new List<Invoice>()); Console.WriteLine(" + call + ");",
            Types.Replace("FLAGS", flags).Replace("DEFINITION", definition));
}
