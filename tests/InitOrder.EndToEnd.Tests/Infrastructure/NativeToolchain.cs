using System;
using System.IO;
using System.Linq;

namespace InitOrder.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The C compiler and linker native AOT should use. The SDK defaults to clang; machines that have only the SDK and
/// the distribution's g++ (these do) publish with gcc instead, which ILCompiler supports through CppCompilerAndLinker.
/// </summary>
public static class NativeToolchain
{
    public static string CppCompilerAndLinker { get; } = IsOnPath("clang") ? "clang" : "gcc";

    private static bool IsOnPath(string program)
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, program)));
}
