using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace InitOrder.Benchmarks;

/// <summary>The two real assemblies the benchmark reads, found on this machine at run time.</summary>
internal static class InputFiles
{
    /// <summary>The running runtime's core library.</summary>
    public static string CoreLibrary() => typeof(object).Assembly.Location;

    /// <summary>
    /// The C# compiler of the newest installed SDK (sdk/&lt;version&gt;/Roslyn/bincore), which has the
    /// rest of Roslyn beside it; null when only a runtime is installed.
    /// </summary>
    public static string? CSharpCompiler()
    {
        string root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        string sdks = Path.Combine(root, "sdk");
        if (!Directory.Exists(sdks))
        {
            return null;
        }

        return Directory.GetDirectories(sdks)
            .OrderByDescending(d => System.Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new System.Version(0, 0))
            .Select(d => Path.Combine(d, "Roslyn", "bincore", "Microsoft.CodeAnalysis.CSharp.dll"))
            .FirstOrDefault(File.Exists);
    }
}
