using System.Linq;
using System.Reflection;
using InitOrder.Oracle.Tests.Unit.Fixtures;
using InitOrder.Tracing.Metadata;

namespace InitOrder.Oracle.Tests.Unit;

/// <summary>What the oracle reads from metadata, checked on methods of this very assembly.</summary>
public sealed class MetadataFileTests
{
    [Fact]
    public void Methods_are_named_as_the_verifier_names_them_and_belong_to_their_declaring_type_only()
    {
        var method = Describe(typeof(Probe).GetMethod(nameof(Probe.ReadsField))!);

        Assert.Equal("InitOrder.Oracle.Tests.Unit.Fixtures.Probe.ReadsField()", method.DisplayName);
        Assert.True(method.IsCodeOf("InitOrder.Oracle.Tests.Unit.Fixtures.Probe"));
        // Reading Touched.Value mentions Touched, but runs none of its code.
        Assert.False(method.IsCodeOf("InitOrder.Oracle.Tests.Unit.Fixtures.Touched"));
        Assert.True(method.IsCodeOfAssembly(typeof(Probe).Assembly.GetName().Name!.ToUpperInvariant()));
        Assert.False(method.IsCodeOfAssembly("System.Runtime"));
    }

    [Fact]
    public void Nested_and_generic_types_have_their_metadata_names_and_a_nested_type_is_not_its_outer_type()
    {
        var nested = Describe(typeof(Outer.Inner).GetMethod(nameof(Outer.Inner.Read))!);

        Assert.True(nested.IsCodeOf("InitOrder.Oracle.Tests.Unit.Fixtures.Outer+Inner"));
        Assert.False(nested.IsCodeOf("InitOrder.Oracle.Tests.Unit.Fixtures.Outer"));
        Assert.Equal("InitOrder.Oracle.Tests.Unit.Fixtures.Cache`1..cctor", Describe(typeof(Cache<>).TypeInitializer!).DisplayName);
    }

    [Fact]
    public void Static_constructor_of_the_declaring_type_is_found()
    {
        using var file = new MetadataFile(typeof(Probe).Assembly.Location);

        Assert.Null(file.StaticConstructorOf(typeof(Probe).GetMethod(nameof(Probe.ReadsField))!.MetadataToken));
        int? cctor = file.StaticConstructorOf(typeof(Seeded).GetMethod(nameof(Seeded.Read))!.MetadataToken);
        Assert.NotNull(cctor);
        Assert.Equal("InitOrder.Oracle.Tests.Unit.Fixtures.Seeded..cctor", file.Describe(cctor.Value).DisplayName);
    }

    [Fact]
    public void Module_initializers_are_the_calls_of_the_module_constructor_in_order()
    {
        using var file = new MetadataFile(typeof(Probe).Assembly.Location);

        var names = file.ModuleInitializers().Select(t => file.Describe(t).DisplayName).ToList();

        Assert.Equal(new[] { "InitOrder.Oracle.Tests.Unit.Fixtures.ModuleStart.First()", "InitOrder.Oracle.Tests.Unit.Fixtures.ModuleStart.Second()" }, names);
    }

    [Fact]
    public void Module_constructors_are_named_with_their_assembly_as_the_verifier_names_them()
    {
        Assert.Equal("<Module>..cctor [Lib]", new MethodDescription("Lib", "<Module>", ".cctor").DisplayName);
        Assert.Equal("Ns.Cache`1..cctor", new MethodDescription("Lib", "Ns.Cache`1", ".cctor").DisplayName);
    }

    private static MethodDescription Describe(MethodBase method)
    {
        using var file = new MetadataFile(typeof(Probe).Assembly.Location);
        return file.Describe(method.MetadataToken);
    }
}
