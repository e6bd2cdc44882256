using System.Reflection;

namespace InitOrder.Generator.Diagnostics;

/// <summary>
/// The analyzers' help links, from the package's one documentation URL: <c>PackageProjectUrl</c>, written into this
/// assembly as <c>[AssemblyMetadata("InitOrder.DocumentationUrl", …)]</c> (Directory.Build.props), plus the README's
/// anchor for the code. None while the package has no public page. The build task and the reports read the same
/// metadata of InitOrder.Analysis (its Reports/HelpLinks); the generator ships alone, so it reads its own.
/// </summary>
internal static class HelpLinks
{
    private const string MetadataKey = "InitOrder.DocumentationUrl";

    private static readonly string? s_documentation = Read();

    public static string? For(string id) => s_documentation is null ? null : s_documentation + "#" + id.ToLowerInvariant();

    private static string? Read()
    {
        foreach (AssemblyMetadataAttribute metadata in typeof(HelpLinks).Assembly.GetCustomAttributes(typeof(AssemblyMetadataAttribute), false))
        {
            if (metadata.Key == MetadataKey && !string.IsNullOrEmpty(metadata.Value))
            {
                return metadata.Value;
            }
        }

        return null;
    }
}
