using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reflection;

/// <summary>Attributes are code that reflection runs: lookups construct them, reflection handed a type reads them, and annotated arguments reach their types.</summary>
public sealed class AttributeRuleTests
{
    private const string Audited = """
        [AttributeUsage(AttributeTargets.All)]
        public sealed class AuditedAttribute : Attribute { public AuditedAttribute() => Target.Touch(); }
        """;

    private const string Loader = """
        internal static class Loader
        {
            [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode("Reads members and attributes by reflection.")]
            internal static T Load<T>(string json) => default!;
        }
        """;

    [Fact]
    public void GetCustomAttributes_on_a_known_type_constructs_the_attributes_applied_to_it()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(typeof(Invoice).GetCustomAttributes(false).Length);", Audited + """
            [Audited] public sealed class Invoice { }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Contains("MemberInfo.GetCustomAttributes() \u21D2 (reflection) AuditedAttribute..ctor()", violation.Message);
        Assert.Contains(result.Patches[0].Reflection, s => s.Rule == "attributes");
    }

    [Fact]
    public void Attribute_on_a_type_nothing_inspects_is_not_constructed()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("var ledger = new Ledger(); Console.WriteLine(typeof(Invoice).GetCustomAttributes(false).Length + ledger.GetHashCode());", Audited + """
            public sealed class Invoice { }
            [Audited] public sealed class Ledger { }
            """));
    }

    [Fact]
    public void IsDefined_constructs_nothing()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Console.WriteLine(typeof(Invoice).IsDefined(typeof(AuditedAttribute), false) || Attribute.IsDefined(typeof(Invoice), typeof(AuditedAttribute)));", Audited + """
            [Audited] public sealed class Invoice { }
            """));
    }

    [Fact]
    public void Lookup_on_an_unknown_member_constructs_only_attributes_of_live_or_mentioned_types()
    {
        // Invoice is not an attribute: a lookup never constructs it, whatever its type argument is bound to (NLog's helper).
        var result = EarlyInitializerScenario.Verify("Pending.Invoices = new List<Invoice>(); Console.WriteLine(Lookup.First<ObsoleteAttribute>(typeof(Pending)));", Audited + """
            internal static class Lookup { internal static T? First<T>(System.Reflection.MemberInfo member) where T : Attribute => System.Reflection.CustomAttributeExtensions.GetCustomAttribute<T>(member); }
            internal static class Pending { internal static List<Invoice> Invoices = new(); }
            public sealed class Invoice { public override string ToString() { Target.Touch(); return ""; } }
            """);

        ResultAssert.Clean(result);
        Assert.Contains(result.Patches[0].Reflection, s => s.Rule == "attributes-of-live-and-mentioned-types");
    }

    [Fact]
    public void Lookup_on_an_unknown_member_constructs_attributes_on_mentioned_members()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Lookup.All(Pick.Member()));", Audited + """
            internal static class Lookup { internal static int All(System.Reflection.MemberInfo member) => member.GetCustomAttributes(true).Length; }
            internal static class Pick { internal static System.Reflection.MemberInfo Member() => typeof(Invoice); }
            public sealed class Invoice { [Audited] public int Total { get; set; } }
            """);

        Assert.Contains("AuditedAttribute..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Lookup_on_an_unknown_parameter_constructs_only_attributes_applied_to_parameters()
    {
        // The DI container reads the attributes of every constructor parameter it resolves ([FromKeyedServices]): those
        // on types, properties and methods are never among them. GetConstructors, a reflection primitive, reads none.
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Lookup.All(Pick.Parameter()));", Audited + """
            internal static class Lookup { internal static int All(System.Reflection.ParameterInfo parameter) => parameter.GetCustomAttributes(true).Length; }
            internal static class Pick { internal static System.Reflection.ParameterInfo Parameter() => typeof(Invoice).GetConstructors()[0].GetParameters()[0]; }
            [Audited] public sealed class Invoice { public Invoice(int total) { } [Audited] public int Total { get; set; } [Audited] public void Print() { } }
            """);

        ResultAssert.Clean(result);
        Assert.Contains(result.Patches[0].Reflection, s => s.Rule == "attributes-of-live-and-mentioned-types");
    }

    [Theory]
    [InlineData("parameter.GetCustomAttributes(true).Length")]
    [InlineData("Attribute.GetCustomAttributes(parameter).Length")]
    [InlineData("System.Linq.Enumerable.Count(System.Reflection.CustomAttributeExtensions.GetCustomAttributes(parameter))")]
    [InlineData("((System.Reflection.ICustomAttributeProvider)parameter).GetCustomAttributes(true).Length")]
    public void Lookup_on_an_unknown_parameter_constructs_attributes_applied_to_parameters(string lookup)
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Lookup.All(Pick.Parameter()));", Audited + $$"""
            internal static class Lookup { internal static int All(System.Reflection.ParameterInfo parameter) => {{lookup}}; }
            internal static class Pick { internal static System.Reflection.ParameterInfo Parameter() => ((Func<int, int>)Invoice.Twice).Method.GetParameters()[0]; }
            public sealed class Invoice { public static int Twice([Audited] int total) => total * 2; }
            """);

        Assert.Contains("AuditedAttribute..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Lookup_on_a_method_of_the_stack_constructs_its_attributes_though_nothing_names_its_type()
    {
        // Job is live, but the method is its base type's: no lookup on a live or mentioned type sees it, the stack does.
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Factory.Make().Run());", Audited + """
            internal static class Factory { internal static Base Make() => new Job(); }
            public abstract class Base { [Audited] public int Run() => new System.Diagnostics.StackFrame(0).GetMethod()!.GetCustomAttributes(false).Length; }
            public sealed class Job : Base { }
            """);

        Assert.Contains("AuditedAttribute..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Lookup_on_an_unknown_member_constructs_attributes_on_a_mentioned_type_but_not_on_its_parameters()
    {
        var onType = EarlyInitializerScenario.Verify("Console.WriteLine(Lookup.All(Pick.Member()));", Audited + """
            internal static class Lookup { internal static int All(System.Reflection.MemberInfo member) => Attribute.GetCustomAttributes(member).Length; }
            internal static class Pick { internal static System.Reflection.MemberInfo Member() => typeof(Invoice); }
            [Audited] public sealed class Invoice { }
            """);
        var onParameter = EarlyInitializerScenario.Verify("Console.WriteLine(Lookup.All(Pick.Member()));", Audited + """
            internal static class Lookup { internal static int All(System.Reflection.MemberInfo member) => Attribute.GetCustomAttributes(member).Length; }
            internal static class Pick { internal static System.Reflection.MemberInfo Member() => typeof(Invoice); }
            public sealed class Invoice { public Invoice([Audited] int total) { } }
            """);

        Assert.Contains("AuditedAttribute..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(onType)));
        ResultAssert.Clean(onParameter);
    }

    [Fact]
    public void Named_property_setter_of_an_attribute_runs_when_TypeDescriptor_reads_it()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(System.ComponentModel.TypeDescriptor.GetAttributes(typeof(Label)).Count);", """
            [AttributeUsage(AttributeTargets.Class)]
            public sealed class CaptionAttribute : Attribute { public string Text { get => ""; set => Target.Touch(); } }
            [Caption(Text = "x")] public sealed class Label { }
            """);

        Assert.Contains("CaptionAttribute.set_Text()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Annotated_attribute_argument_reaches_the_converter_of_a_mentioned_type()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(System.ComponentModel.TypeDescriptor.GetConverter(typeof(Temperature)).ConvertFromInvariantString(\"1\"));", """
            [System.ComponentModel.TypeConverter(typeof(TemperatureConverter))]
            public sealed class Temperature { }
            public sealed class TemperatureConverter : System.ComponentModel.TypeConverter
            {
                public override object? ConvertFrom(System.ComponentModel.ITypeDescriptorContext? context, System.Globalization.CultureInfo? culture, object value)
                {
                    Target.Touch();
                    return new Temperature();
                }
            }
            """);

        var chain = ResultAssert.Chain(ResultAssert.ReachesTarget(result));
        Assert.Contains("TemperatureConverter.ConvertFrom()", chain);
        Assert.Contains(result.Patches[0].Reflection, s => s.Api == "[TypeConverter(typeof(TemperatureConverter))]");
    }

    private const string TouchingConverter = """
        [System.ComponentModel.TypeConverter(typeof(TemperatureConverter))]
        public sealed class Temperature { }
        public sealed class TemperatureConverter : System.ComponentModel.TypeConverter
        {
            public TemperatureConverter() => Target.Touch();
        }
        """;

    [Fact]
    public void Annotated_attribute_argument_of_a_live_type_reaches_nothing_while_nothing_reads_the_attribute()
    {
        // Keeping the converter is the trimmer's business; only reading the [TypeConverter] can create it.
        ResultAssert.Clean(EarlyInitializerScenario.Verify(
            "Console.WriteLine(new Temperature().GetHashCode() + (typeof(Temperature).IsDefined(typeof(System.ComponentModel.TypeConverterAttribute), false) ? 1 : 0));", TouchingConverter));
    }

    [Fact]
    public void Lookup_of_a_framework_attribute_type_constructs_it_with_its_annotated_arguments()
    {
        // TypeConverterAttribute has no code of its own to run, but what it names is what the code holding it creates.
        var result = EarlyInitializerScenario.Verify(
            "Console.WriteLine(System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.ComponentModel.TypeConverterAttribute>(typeof(Temperature))!.ConverterTypeName);",
            TouchingConverter);

        Assert.Contains("TemperatureConverter..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void GetCustomAttributesData_hands_out_the_types_its_arguments_name_as_mentioned()
    {
        // The Type comes out of the blob with no origin the next call can see: the unknown-origin rule must include it.
        var result = EarlyInitializerScenario.Verify(
            "var type = (Type)typeof(Temperature).GetCustomAttributesData()[0].ConstructorArguments[0].Value!; Console.WriteLine(Activator.CreateInstance(type));", TouchingConverter);
        Assert.Contains("TemperatureConverter..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
        Assert.Contains(result.Patches[0].Reflection, s => s.Api == "MemberInfo.GetCustomAttributesData()" && s.Why.Contains("constructing none"));
    }

    [Fact]
    public void GetCustomAttributesData_on_an_unknown_element_mentions_what_the_arguments_of_live_types_name()
    {
        var result = EarlyInitializerScenario.Verify(
            "var first = Inspector.First(new Temperature().GetType()); Console.WriteLine(Activator.CreateInstance(first));", TouchingConverter + """
            internal static class Inspector { internal static Type First(Type type) => (Type)type.GetCustomAttributesData()[0].ConstructorArguments[0].Value!; }
            """);

        Assert.Contains("TemperatureConverter..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Lookup_on_an_unknown_element_reads_the_annotated_arguments_of_what_it_constructs()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Inspector.Count(typeof(Temperature)));", TouchingConverter + """
            internal static class Inspector { internal static int Count(Type type) => type.GetCustomAttributes(true).Length; }
            """);

        Assert.Contains("TemperatureConverter..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Debugger_attributes_name_nothing_the_program_runs()
    {
        // Only a debugger creates a [DebuggerTypeProxy]'s view, though its argument carries [DynamicallyAccessedMembers(All)].
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Console.WriteLine(Checker.Load<Bag>(\"{}\"));", Loader.Replace("Loader", "Checker") + """
            [System.Diagnostics.DebuggerTypeProxy(typeof(BagView))] public sealed class Bag { }
            internal sealed class BagView { public BagView(Bag bag) => Target.Touch(); }
            """));
    }

    [Fact]
    public void A_hot_reload_handler_runs_only_on_an_update()
    {
        // A lookup on an unknown element constructs [MetadataUpdateHandler], whose argument carries [DynamicallyAccessedMembers(All)];
        // only a hot-reload update calls the handler's ClearCache.
        var result = TestAssemblyBuilder.Create("App")
            .Source("Early.cs", EarlyInitializerScenario.EarlySource("Console.WriteLine(Inspector.Count(typeof(Inspector).Assembly));", """
                internal static class Inspector { internal static int Count(System.Reflection.Assembly assembly) => assembly.GetCustomAttributes(false).Length; }
                internal static class Handler { public static void ClearCache(Type[]? types) => Target.Touch(); }
                """))
            .Source("Handlers.cs", "[assembly: System.Reflection.Metadata.MetadataUpdateHandler(typeof(Sample.Handler))]")
            .Bootstrap()
            .Source("Types.cs", EarlyInitializerScenario.Types)
            .Emit()
            .Verify();

        ResultAssert.Clean(result);
    }

    [Fact]
    public void Reflection_handed_a_type_constructs_the_attributes_on_its_members()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Loader.Load<Settings>(\"{}\"));", Audited + Loader + """
            public sealed class Settings { [Audited] public string Name { get; set; } = ""; }
            """);

        Assert.Contains("Loader.Load<Settings>() \u21D2 (reflection) AuditedAttribute..ctor()", ResultAssert.ReachesTarget(result).Message);
    }

    [Fact]
    public void Types_named_in_the_attributes_of_a_handed_type_are_handed_too()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Loader.Load<Shape>(\"{}\"));", Loader + """
            [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
            public sealed class DerivedAttribute(Type type) : Attribute { public Type Type { get; } = type; }
            [Derived(typeof(Circle))] public class Shape { }
            public sealed class Circle : Shape { public Circle() => Target.Touch(); }
            """);

        Assert.Contains("Circle..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }
}
