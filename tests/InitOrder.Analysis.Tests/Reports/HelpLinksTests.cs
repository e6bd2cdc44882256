using InitOrder.Analysis.Reports;
using InitOrder.Tests.Shared;

namespace InitOrder.Analysis.Tests.Reports;

/// <summary>Help links come from the package's one documentation URL, or are left out while it has none.</summary>
public sealed class HelpLinksTests
{
    [Fact]
    public void A_link_is_the_documentation_url_with_the_code_s_readme_anchor()
    {
        Assert.Equal("https://example.org/initorder#init102", HelpLinks.For("https://example.org/initorder", "INIT102"));
        Assert.Null(HelpLinks.For(null, "INIT102"));
        Assert.Null(HelpLinks.For("", "INIT102"));
    }

    [Fact]
    public void The_assembly_carries_the_url_Directory_Build_props_sets_and_nothing_else()
    {
        Assert.Equal(DocumentationUrl.Value, HelpLinks.Documentation);
        Assert.Equal(DocumentationUrl.Link("INIT101"), HelpLinks.For("INIT101"));
    }
}
