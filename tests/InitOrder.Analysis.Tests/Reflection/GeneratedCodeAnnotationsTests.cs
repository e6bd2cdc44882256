using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reflection;

/// <summary>
/// A lambda carries the annotations of the method it was written in, as ILLink applies them: a closure class's generic
/// parameters stand for the method's, and a display-class field holding a captured parameter stands for that parameter.
/// The shape is NLog's ConfigurationItemFactory (issue 21): <c>RegisterType&lt;T&gt;()</c> stores <c>() =&gt; new T()</c>
/// next to a non-generic <c>RegisterType(Type, string)</c> overload, and <c>RegisterDefinition</c> stores
/// <c>() =&gt; Activator.CreateInstance(itemType)</c>. Invoice is only mentioned (<c>List&lt;Invoice&gt;</c>) and its
/// ToString reads the target, so it must not count as constructed.
/// </summary>
public sealed class GeneratedCodeAnnotationsTests
{
    private const string Ctor = "System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)";

    private const string Invoice = """
        public sealed class Service { public Service() { } }
        public sealed class Invoice { public override string ToString() => "invoice " + Target.Value; }
        """;

    private const string Early = "GC.KeepAlive(new List<Invoice>()); var factory = new Factory(); factory.Register(); Console.WriteLine(factory.CreateAll());";

    [Fact]
    public void A_closure_class_of_a_generic_method_with_a_non_generic_overload_inherits_its_annotation()
    {
        AssertClean(
            "internal void Register() => RegisterType<Service>();",
            $"internal void RegisterType<[{Ctor}] T>() where T : new() => _creators.Add(() => new T());",
            $"internal void RegisterType([{Ctor}] Type type, string prefix) => _creators.Add(() => prefix);");
    }

    [Fact]
    public void A_captured_annotated_parameter_reaches_only_what_the_callers_pass()
    {
        AssertClean(
            "internal void Register() => RegisterDefinition(typeof(Service), \"service\");",
            $"private void RegisterDefinition([{Ctor}] Type itemType, string alias) => _creators.Add(() => alias + Activator.CreateInstance(itemType));",
            $"internal void RegisterDefinition(string alias, [{Ctor}] Type itemType) => RegisterDefinition(itemType, alias);");
    }

    [Fact]
    public void The_captured_parameter_reaches_what_its_caller_passes()
    {
        var result = EarlyInitializerScenario.Verify("var factory = new Factory(); factory.Register(); Console.WriteLine(factory.CreateAll());", Invoice + Factory(
            "internal void Register() => RegisterDefinition(typeof(Invoice));",
            $"private void RegisterDefinition([{Ctor}] Type itemType) => _creators.Add(() => Activator.CreateInstance(itemType));"));

        Assert.Contains("Invoice.ToString()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void An_unannotated_captured_parameter_keeps_the_conservative_rule()
    {
        AssertInvoiceConstructed(
            "internal void Register() => RegisterDefinition(typeof(Service));",
            "private void RegisterDefinition(Type itemType) => _creators.Add(() => Activator.CreateInstance(itemType));");
    }

    [Fact]
    public void A_captured_annotated_parameter_overwritten_with_a_type_of_unknown_origin_is_checked_where_it_is_stored()
    {
        AssertInvoiceConstructed(
            "internal void Register() => RegisterDefinition(typeof(Service));",
            $"private void RegisterDefinition([{Ctor}] Type itemType) {{ _creators.Add(() => Activator.CreateInstance(itemType)); itemType = Pick(); }}",
            "private static Type Pick() => Type.GetType(Environment.GetEnvironmentVariable(\"TYPE\")!)!;");
    }

    [Fact]
    public void A_captured_annotated_parameter_passed_by_reference_may_hold_anything()
    {
        AssertInvoiceConstructed(
            "internal void Register() => RegisterDefinition(typeof(Service));",
            $"private void RegisterDefinition([{Ctor}] Type itemType) {{ _creators.Add(() => Activator.CreateInstance(itemType)); Swap(ref itemType); }}",
            "private static void Swap(ref Type type) => type = Registry.Next;",
            "internal static class Registry { internal static Type Next = typeof(object); }");
    }

    [Fact]
    public void A_closure_of_an_unannotated_generic_method_keeps_the_conservative_rule()
    {
        // MakeGenericMethod lets the app close RegisterType<T> with any type, as a library's callers can (else the type
        // arguments its IL names would bound T: GenericBindingsTests).
        AssertInvoiceConstructed(
            "internal void Register() => RegisterType<Service>();",
            "internal void RegisterType<T>() where T : new() => _creators.Add(() => new T());",
            $"internal void RegisterType<[{Ctor}] T>(string prefix) where T : new() => _creators.Add(() => prefix + new T());",
            "internal static System.Reflection.MethodInfo Close(System.Reflection.MethodInfo method) => method.MakeGenericMethod(typeof(Service));");
    }

    private static void AssertClean(params string[] members)
    {
        var result = EarlyInitializerScenario.Verify(Early, Invoice + Factory(members));

        ResultAssert.Clean(result);
        Assert.DoesNotContain(result.Patches[0].Reflection, s => s.Rule == "live-and-mentioned-types");
    }

    private static void AssertInvoiceConstructed(params string[] members) =>
        Assert.Contains("Invoice.ToString()", ResultAssert.Chain(ResultAssert.ReachesTarget(EarlyInitializerScenario.Verify(Early, Invoice + Factory(members)))));

    /// <summary>A library-like factory that keeps creators for later; <c>CreateAll</c> runs them.</summary>
    private static string Factory(params string[] members) => $$"""
        internal sealed class Factory
        {
            private readonly List<Func<object?>> _creators = new();
            internal string CreateAll() { var text = ""; foreach (var creator in _creators) { text += creator(); } return text; }
            {{string.Join("\n    ", members)}}
        }
        """;
}
