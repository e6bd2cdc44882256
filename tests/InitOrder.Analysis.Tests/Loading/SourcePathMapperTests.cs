using System.IO;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Tests.Loading;

public sealed class SourcePathMapperTests
{
    private static readonly string Project = Path.Combine(Path.GetTempPath(), "proj");

    [Fact]
    public void Longest_mapped_prefix_wins()
    {
        var mapper = new SourcePathMapper(new[]
        {
            new SourceRootMapping("/repo/", "/_/"),
            new SourceRootMapping("/elsewhere/sub/", "/_/sub/"),
        }, null);

        Assert.Equal("/elsewhere/sub/File.cs", mapper.ToLocalPath("/_/sub/File.cs"));
        Assert.Equal("/repo/src/File.cs", mapper.ToLocalPath("/_/src/File.cs"));
        Assert.Equal("/other/File.cs", mapper.ToLocalPath("/other/File.cs"));
    }

    [Fact]
    public void Display_paths_are_project_relative_with_forward_slashes()
    {
        var mapper = new SourcePathMapper(System.Array.Empty<SourceRootMapping>(), Project);

        var location = mapper.Locate(Path.Combine(Project, "src", "File.cs"), 3, 7);

        Assert.Equal("src/File.cs", location.DisplayPath);
        Assert.Equal(Path.Combine(Project, "src", "File.cs"), location.FilePath);
        Assert.Equal((3, 7), (location.Line, location.Column));
    }

    [Fact]
    public void Paths_outside_the_project_stay_whole()
    {
        var mapper = new SourcePathMapper(System.Array.Empty<SourceRootMapping>(), Project);

        Assert.Equal("/somewhere/else/File.cs", mapper.ToDisplayPath("/somewhere/else/File.cs"));
        Assert.Equal("C:/x/File.cs", mapper.ToDisplayPath("C:\\x\\File.cs"));
    }
}
