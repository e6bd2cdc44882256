using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace InitOrder.Cli.Trace;

/// <summary>
/// The .NET installation a traced process ran from (found through its System.Private.CoreLib): the shared framework
/// and the SDK's own assemblies live there, and their code is not the app's. Touches from it are counted, not reported,
/// as in the oracle: most are the runtime's own start-up, before the app's assembly is even loaded.
/// </summary>
internal sealed class FrameworkFolder
{
    private readonly string? _root;

    private FrameworkFolder(string? root)
    {
        _root = root;
    }

    public static FrameworkFolder Of(IReadOnlyList<string> modules)
    {
        string? coreLib = modules.FirstOrDefault(m => string.Equals(Path.GetFileName(m), "System.Private.CoreLib.dll", StringComparison.OrdinalIgnoreCase));

        // <root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll
        string? root = coreLib is null ? null : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(coreLib)!, "..", "..", ".."));
        return new FrameworkFolder(root is null ? null : root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar);
    }

    public bool Contains(string modulePath) =>
        modulePath.Length == 0 || (_root is not null && Path.GetFullPath(modulePath).StartsWith(_root, StringComparison.Ordinal));
}
