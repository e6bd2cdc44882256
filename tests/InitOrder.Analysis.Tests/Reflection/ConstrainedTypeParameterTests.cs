using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reflection;

/// <summary>
/// <c>new T()</c> on an unannotated parameter is reflection on a type the method cannot see, but the runtime only binds
/// <c>T</c> to types its constraints allow: the conservative rule reaches the live or mentioned types that satisfy them,
/// and no others (the fuzz's <c>Dispatch.New&lt;T&gt;() where T : IShape, new()</c> reached the target's static
/// constructor, a static class).
/// </summary>
public sealed class ConstrainedTypeParameterTests
{
    private const string Types = """
        public interface IShape { }
        public sealed class Square : IShape { }
        public sealed class Reader { public Reader() { Target.Touch(); } }
        public sealed class Circle : IShape { public Circle() { Target.Touch(); } }
        public abstract class Base { static Base() { Target.Touch(); } }
        public static class Holder { public static int Cached = Target.Value; }
        internal static class Factory
        {
            public static T Make<T>() where T : IShape, new() => new T();
            public static T Any<T>() where T : new() => new T();
        }
        // The app can close its generic methods at run time, so the type arguments its IL names do not bound them (GenericBindingsTests).
        internal static class Closer { internal static System.Reflection.MethodInfo Close(System.Reflection.MethodInfo method, Type type) => method.MakeGenericMethod(type); }
        """;

    [Fact]
    public void Type_that_lacks_the_interface_a_parameter_requires_is_not_constructed()
    {
        // Reader is mentioned and its constructor touches the target, but Make<T> can never be given a Reader.
        ResultAssert.Clean(Verify("Console.WriteLine(typeof(Reader).Name + Factory.Make<Square>());"));
    }

    [Fact]
    public void Report_says_the_constraints_bound_the_call()
    {
        var result = Verify("Console.WriteLine(typeof(Reader).Name + Factory.Make<Square>());");

        Assert.Contains(result.Patches[0].Reflection, step => step.Rule == "live-and-mentioned-types" &&
            step.Why.EndsWith("for the types its constraints allow (Sample.IShape, new())", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Abstract_and_static_classes_never_satisfy_new()
    {
        // Before, new T() reached the static constructors of Base and Holder (mentioned) through the conservative rule.
        ResultAssert.Clean(Verify("Console.WriteLine(typeof(Base).Name + typeof(Holder).Name + Factory.Any<Square>());"));
    }

    [Fact]
    public void Type_that_satisfies_the_constraints_is_still_reached_when_the_binding_is_not_in_the_IL()
    {
        // MakeGenericMethod binds T at run time; Circle satisfies the constraints and is mentioned, so its constructor counts.
        const string body = "Console.WriteLine(typeof(Factory).GetMethod(\"Make\")!.MakeGenericMethod(Type.GetType(Console.ReadLine()!)!).Invoke(null, null) ?? typeof(Circle));";

        Assert.Contains("Circle..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(Verify(body))));
    }

    [Fact]
    public void Unconstrained_parameter_keeps_the_rule_for_every_type()
    {
        const string body = "Console.WriteLine(typeof(Reader).Name + Box.Make<Square>());";
        const string box = """
            internal static class Box
            {
                public static object? Make<T>() => Wrap<T>();
                private static object? Wrap<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>() =>
                    Activator.CreateInstance(typeof(T));
            }
            """;

        Assert.Contains("Reader..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(Verify(body, box))));
    }

    private static VerificationResult Verify(string body, string more = "") => EarlyInitializerScenario.Verify(body, Types + more);
}
