using System.IO;
using System.Text.RegularExpressions;

namespace InitOrder.Tests.Shared;

/// <summary>
/// The package's documentation URL as Directory.Build.props sets it (<c>PackageProjectUrl</c>), and the help link a
/// diagnostic must then carry: none while it is empty, so that no link leads nowhere.
/// </summary>
internal static class DocumentationUrl
{
    public static string? Value { get; } = Read();

    public static string? Link(string code) => Value is null ? null : Value + "#" + code.ToLowerInvariant();

    private static string? Read()
    {
        string props = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
        string url = Regex.Match(props, "<PackageProjectUrl>(.*?)</PackageProjectUrl>").Groups[1].Value.Trim();
        return url.Length == 0 ? null : url;
    }
}
