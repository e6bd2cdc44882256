using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace InitOrder.Analysis.Loading;

/// <summary>
/// Turns PDB document paths into local paths (undoing deterministic source-root mapping such as
/// <c>/_/</c>) and local paths into project-relative display paths with forward slashes.
/// </summary>
internal sealed class SourcePathMapper
{
    private readonly List<SourceRootMapping> _roots;
    private readonly string? _projectDirectory;
    private readonly Dictionary<string, (string Local, string Display)> _cache = new(StringComparer.Ordinal);

    public SourcePathMapper(IReadOnlyList<SourceRootMapping> roots, string? projectDirectory)
    {
        // Longest mapped prefix first, so nested source roots win over their parents.
        _roots = roots.Where(r => r.MappedPath.Length > 0).OrderByDescending(r => r.MappedPath.Length).ToList();
        _projectDirectory = string.IsNullOrEmpty(projectDirectory) ? null : WithTrailingSlash(ToForwardSlashes(projectDirectory!));
    }

    private static StringComparison PathComparison =>
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public SourceLocation Locate(string documentPath, int line, int column)
    {
        if (!_cache.TryGetValue(documentPath, out var paths))
        {
            string local = ToLocalPath(documentPath);
            paths = (local, ToDisplayPath(local));
            _cache.Add(documentPath, paths);
        }

        return new SourceLocation(paths.Local, paths.Display, line, column);
    }

    public string ToLocalPath(string documentPath)
    {
        foreach (var root in _roots)
        {
            if (documentPath.StartsWith(root.MappedPath, StringComparison.Ordinal))
            {
                string rest = documentPath.Substring(root.MappedPath.Length);
                char separator = root.LocalPath.IndexOf('\\') >= 0 ? '\\' : '/';
                return WithTrailingSlash(root.LocalPath, separator) + rest.Replace('/', separator).Replace('\\', separator);
            }
        }

        return documentPath;
    }

    /// <summary>Relative to the project directory when inside it; otherwise the whole path. Always forward slashes.</summary>
    public string ToDisplayPath(string localPath)
    {
        string path = ToForwardSlashes(localPath);
        if (_projectDirectory is not null && path.StartsWith(_projectDirectory, PathComparison))
        {
            return path.Substring(_projectDirectory.Length);
        }

        return path;
    }

    /// <summary>
    /// For files that are not sources (assemblies, PDBs): relative to the project directory when inside it,
    /// otherwise the file name alone. Reports are shared; the NuGet cache or another output folder is the machine's business.
    /// </summary>
    public string ToReportPath(string localPath)
    {
        string display = ToDisplayPath(localPath);
        return Path.IsPathRooted(display) ? Path.GetFileName(localPath) : display;
    }

    private static string ToForwardSlashes(string path) => path.Replace('\\', '/');

    private static string WithTrailingSlash(string path, char separator = '/') =>
        path.EndsWith("/", StringComparison.Ordinal) || path.EndsWith("\\", StringComparison.Ordinal) ? path : path + separator;
}
