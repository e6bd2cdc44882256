using InitOrder.Tracing.Metadata;
using InitOrder.Oracle.Tests.Unit.Fixtures;

namespace InitOrder.Oracle.Tests.Unit;

/// <summary>What the oracle reads from a method's IL, checked on methods of this very assembly.</summary>
public sealed class MetadataFileTests
{
    [Fact]
    public void Field_owner_is_a_named_type()
    {
        var method = Describe(nameof(Probe.ReadsField));

        Assert.True(method.Touches("InitOrder.Oracle.Tests.Unit.Fixtures.Touched"));
        Assert.False(method.Touches("InitOrder.Oracle.Tests.Unit.Fixtures.Outer"));
        Assert.Equal("InitOrder.Oracle.Tests.Unit.Fixtures.Probe.ReadsField()", method.DisplayName);
    }

    [Fact]
    public void Generic_instantiation_names_the_definition_and_its_arguments()
    {
        var method = Describe(nameof(Probe.ReadsGenericInstantiation));

        Assert.True(method.Touches("InitOrder.Oracle.Tests.Unit.Fixtures.Cache`1"));
        Assert.True(method.Touches("System.String"));
    }

    [Fact]
    public void Nested_types_are_joined_with_a_plus()
    {
        Assert.True(Describe(nameof(Probe.ReadsNestedType)).Touches("InitOrder.Oracle.Tests.Unit.Fixtures.Outer+Inner"));
    }

    [Fact]
    public void Signature_only_types_load_their_assembly_but_do_not_touch_the_type()
    {
        var method = Describe(nameof(Probe.PassesNull));

        Assert.False(method.Touches("System.Text.StringBuilder"));
        Assert.True(method.TouchesAssembly("System.Runtime"));
        Assert.True(method.TouchesAssembly(typeof(Probe).Assembly.GetName().Name!));
    }

    [Fact]
    public void Static_constructor_of_the_declaring_type_is_found_and_read()
    {
        using var file = new MetadataFile(typeof(Probe).Assembly.Location);

        Assert.Null(file.StaticConstructorOf(typeof(Probe).GetMethod(nameof(Probe.ReadsField))!.MetadataToken));
        int? cctor = file.StaticConstructorOf(typeof(Seeded).GetMethod(nameof(Seeded.Read))!.MetadataToken);
        Assert.NotNull(cctor);
        var described = file.Describe(cctor.Value);
        Assert.Equal("InitOrder.Oracle.Tests.Unit.Fixtures.Seeded..cctor", described.DisplayName);
        Assert.True(described.Touches("InitOrder.Oracle.Tests.Unit.Fixtures.Touched"));
    }

    [Fact]
    public void Module_constructors_are_named_with_their_assembly_as_the_verifier_names_them()
    {
        var none = new System.Collections.Generic.HashSet<string>();

        Assert.Equal("<Module>..cctor [Lib]", new MethodDescription("Lib", "<Module>", ".cctor", none, none).DisplayName);
        Assert.Equal("Ns.Cache`1..cctor", new MethodDescription("Lib", "Ns.Cache`1", ".cctor", none, none).DisplayName);
    }

    private static MethodDescription Describe(string name)
    {
        using var file = new MetadataFile(typeof(Probe).Assembly.Location);
        return file.Describe(typeof(Probe).GetMethod(name)!.MetadataToken);
    }
}
