using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace InitOrder.Cli;

/// <summary>
/// The .NET reference assemblies of the SDK this tool runs under (packs/Microsoft.NETCore.App.Ref), which is
/// what a build passes the verifier for the framework: types resolve, but framework code is not followed.
/// Following the framework's implementation would make every virtual call in it a way into the user's code.
/// </summary>
internal static class FrameworkReferencePack
{
    /// <summary>The pack's assemblies, or nothing when only a runtime is installed.</summary>
    public static IReadOnlyList<string> Find()
    {
        // The runtime lives in <dotnet root>/shared/Microsoft.NETCore.App/<version>/.
        string runtime = RuntimeEnvironment.GetRuntimeDirectory();
        string root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        string packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs))
        {
            return Array.Empty<string>();
        }

        var version = Directory.GetDirectories(packs)
            .Select(d => (Path: d, Version: ParseVersion(Path.GetFileName(d))))
            .Where(v => v.Version is not null)
            .OrderByDescending(v => v.Version!.Major == Environment.Version.Major)
            .ThenByDescending(v => v.Version)
            .Select(v => v.Path)
            .FirstOrDefault();
        string? folder = version is null ? null : NewestFramework(Path.Combine(version, "ref"));
        return folder is null ? Array.Empty<string>() : Directory.GetFiles(folder, "*.dll").OrderBy(p => p, StringComparer.Ordinal).ToList();
    }

    private static string? NewestFramework(string refFolder) =>
        Directory.Exists(refFolder)
            ? Directory.GetDirectories(refFolder).OrderByDescending(d => ParseVersion(Path.GetFileName(d).Replace("net", "")) ?? new Version(0, 0)).FirstOrDefault()
            : null;

    /// <summary>"10.0.12" or "10.0.0-rc.1" as a comparable version; null for anything else.</summary>
    private static Version? ParseVersion(string text)
    {
        int dash = text.IndexOf('-');
        return Version.TryParse(dash < 0 ? text : text.Substring(0, dash), out var version) ? version : null;
    }
}
