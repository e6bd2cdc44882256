using System.Reflection;

namespace InitOrder.Analysis.Reports;

/// <summary>
/// Where a diagnostic code is documented: the package's public page (its NuGet <c>PackageProjectUrl</c>, written into
/// this assembly as <c>[AssemblyMetadata("InitOrder.DocumentationUrl", …)]</c> by Directory.Build.props) with the
/// README's anchor for the code, as in <c>https://…#init102</c>. Null while the package has no public page: a link
/// that leads nowhere is worse than none. The build task and both SARIF reports use this; the analyzers read the same
/// metadata of their own assembly (InitOrder.Generator's HelpLinks), and INIT007 a props file packed from the same property.
/// </summary>
public static class HelpLinks
{
    public const string MetadataKey = "InitOrder.DocumentationUrl";

    /// <summary>The documentation this build of InitOrder points at, or null.</summary>
    public static string? Documentation { get; } = Read(typeof(HelpLinks).Assembly);

    /// <summary>The link for <paramref name="code"/>, or null when there is no documentation to link.</summary>
    public static string? For(string code) => For(Documentation, code);

    public static string? For(string? documentation, string code) =>
        string.IsNullOrEmpty(documentation) ? null : documentation + "#" + code.ToLowerInvariant();

    private static string? Read(Assembly assembly)
    {
        foreach (AssemblyMetadataAttribute metadata in assembly.GetCustomAttributes(typeof(AssemblyMetadataAttribute), false))
        {
            if (metadata.Key == MetadataKey && !string.IsNullOrEmpty(metadata.Value))
            {
                return metadata.Value;
            }
        }

        return null;
    }
}
