using System;
using System.IO;
using System.Linq;

namespace InitOrder.EndToEnd.Tests.Infrastructure;

/// <summary>
/// What a clone of the repository holds: its files as git sees them (tracked, or new and not ignored), so no bin/,
/// obj/ or artifacts/ of this working copy, copied into a folder of their own.
/// </summary>
public static class FreshClone
{
    public static string Create(string repository, string destination)
    {
        var files = ProcessRunner.Run("git", new[] { "ls-files", "-z", "--cached", "--others", "--exclude-standard" }, repository, new System.Collections.Generic.Dictionary<string, string?>());
        if (files.ExitCode != 0)
        {
            throw new InvalidOperationException("Listing the repository's files failed:\n" + files);
        }

        foreach (string file in files.StandardOutput.Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Trim('\n', '\r')))
        {
            string source = Path.Combine(repository, file);
            if (!File.Exists(source))
            {
                continue; // deleted in the working copy, not yet committed
            }

            string target = Path.Combine(destination, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        return destination;
    }
}
