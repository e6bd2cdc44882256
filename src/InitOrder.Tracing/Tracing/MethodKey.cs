using System;
using System.IO;

namespace InitOrder.Tracing;

/// <summary>A method definition as the runtime names it: its module's file and its metadata token.</summary>
public readonly record struct MethodKey(string ModulePath, int Token)
{
    public string AssemblyFileName => Path.GetFileName(ModulePath);

    public bool IsIn(string directory) =>
        string.Equals(Path.GetDirectoryName(Path.GetFullPath(ModulePath)), Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
}
