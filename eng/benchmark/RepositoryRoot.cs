using System;
using System.IO;

namespace InitOrder.Benchmarks;

internal static class RepositoryRoot
{
    /// <summary>The folder with InitOrder.sln above this program; the build benchmark packs InitOrder from there.</summary>
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "InitOrder.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("InitOrder.sln not found above " + AppContext.BaseDirectory);
    }
}
