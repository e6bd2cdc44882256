using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace InitOrder.Benchmarks.BuildOverhead;

/// <summary>The benchmark's local NuGet feed: InitOrder packed from this repository, and another package beside it.</summary>
internal static class PackageFeed
{
    /// <returns>The packed version.</returns>
    public static string Pack(DotNetCommand dotnet, string repository, string feed, TextWriter log)
    {
        log.WriteLine("  packing InitOrder");
        var arguments = new List<string> { "pack", Path.Combine(repository, "src", "InitOrder", "InitOrder.csproj"), "-c", "Release", "-o", feed };
        arguments.AddRange(DotNetCommand.IsolationArguments);
        var run = dotnet.Run(repository, arguments.ToArray());
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + run.Output);
        }

        return Version(Directory.GetFiles(feed, "InitOrder.*.nupkg").Single());
    }

    /// <summary>Copies another InitOrder package into the feed; it must have a version of its own.</summary>
    /// <returns>Its version.</returns>
    public static string Add(string package, string feed, string packedVersion)
    {
        string version = Version(package);
        if (version == packedVersion)
        {
            throw new ArgumentException("The baseline package has this build's version " + version + "; pack it with another (e.g. -p:VersionSuffix=baseline).");
        }

        File.Copy(package, Path.Combine(feed, Path.GetFileName(package)));
        return version;
    }

    /// <summary>InitOrder.1.2.3-suffix.nupkg: 1.2.3-suffix.</summary>
    private static string Version(string package) => Path.GetFileNameWithoutExtension(package).Substring("InitOrder.".Length);
}
