using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Tests.Metadata;

public sealed class DisplayNamesTests
{
    [Theory]
    [InlineData("Cache`1", "Cache")]
    [InlineData("Outer`2+Inner`1", "Outer+Inner")]
    [InlineData("Plain+<>c", "Plain+<>c")]
    [InlineData("Weird`x", "Weirdx")]
    public void Arity_suffixes_are_dropped(string name, string expected)
    {
        Assert.Equal(expected, DisplayNames.StripArity(name));
    }

    [Fact]
    public void Members_are_written_the_way_chains_show_them()
    {
        Assert.Equal("Registry..cctor", DisplayNames.Method("Registry", ".cctor"));
        Assert.Equal("Registry.Get()", DisplayNames.Method("Registry", "Get"));
        Assert.Equal("Registry.Count", DisplayNames.Field("Registry", "Count"));
        Assert.Equal("<Module>..cctor [Lib]", DisplayNames.ModuleInitializer("Lib"));
    }
}
