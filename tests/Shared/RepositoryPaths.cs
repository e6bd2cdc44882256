using System;
using System.IO;

namespace InitOrder.Tests.Shared;

internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
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
