using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace InitOrder.Cli;

/// <summary>
/// The references of an assembly checked outside a build: the user's <c>--reference</c> files and folders,
/// then every .dll beside the assembly (an output or publish folder holds exactly what the app loads).
/// The caller appends the framework's reference assemblies. For one simple name the analysis takes the
/// first implementation assembly in this order, and a reference assembly only when there is no implementation.
/// </summary>
internal static class ReferenceFinder
{
    public static List<string> Find(string assemblyPath, IReadOnlyList<string> extra)
    {
        var references = new List<string>();
        foreach (string path in extra)
        {
            if (Directory.Exists(path))
            {
                references.AddRange(DllsIn(path));
            }
            else if (File.Exists(path))
            {
                references.Add(Path.GetFullPath(path));
            }
            else
            {
                throw new UsageException("--reference '" + path + "' does not exist.");
            }
        }

        string self = Path.GetFullPath(assemblyPath);
        string? folder = Path.GetDirectoryName(self);
        if (folder is not null)
        {
            references.AddRange(DllsIn(folder).Where(p => !string.Equals(p, self, StringComparison.Ordinal)));
        }

        return references;
    }

    private static IEnumerable<string> DllsIn(string folder) =>
        Directory.GetFiles(Path.GetFullPath(folder), "*.dll").OrderBy(p => p, StringComparer.Ordinal);
}
