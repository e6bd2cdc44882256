using System;
using System.IO;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>One temporary folder per test run for compiled snippets, removed when the process exits.</summary>
internal static class TestFolders
{
    public static string Root { get; } = CreateRoot();

    public static string NewFolder(string hint)
    {
        string folder = Path.Combine(Root, hint + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A file of this repository, found by walking up from the test binaries.</summary>
    public static string RepositoryFile(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Not found above " + AppContext.BaseDirectory, relativePath);
    }

    private static string CreateRoot()
    {
        string root = Path.Combine(Path.GetTempPath(), "InitOrder.Analysis.Tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temp folder is harmless.
            }
            catch (UnauthorizedAccessException)
            {
            }
        };
        return root;
    }
}
