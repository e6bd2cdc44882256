using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace InitOrder.Generator.Analyzers;

/// <summary>
/// Lets an analyzer return at once from a compilation that cannot use its attribute. Every use of an attribute spells
/// its name in some source file: at the usage, or in the alias it goes through. Identifiers may also be written with
/// Unicode escapes, so a file with any escape counts as a mention too. The generator's own files, which declare the
/// attributes, do not count.
/// </summary>
internal static class SourceMentions
{
    private static readonly string GeneratorFolder = typeof(InitPatchGenerator).FullName!;
    private static readonly char[] Separators = { '/', '\\' };

    public static bool AnyUserFileMentions(Compilation compilation, string name, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (Mentions(tree, name, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether this one user file may use the attribute (always false for the generator's own files).</summary>
    public static bool Mentions(SyntaxTree tree, string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (IsFromThisGenerator(tree))
        {
            return false;
        }

        // For a file the compiler read, this is the text it holds (no copy).
        var text = tree.GetText(cancellationToken).ToString();
        return text.IndexOf(name, StringComparison.Ordinal) >= 0
            || text.IndexOf("\\u", StringComparison.Ordinal) >= 0
            || text.IndexOf("\\U", StringComparison.Ordinal) >= 0;
    }

    /// <summary>
    /// Generated files are named {base}/{generator assembly}/{generator type}/{hint name}. Plain string work rather
    /// than System.IO.Path, which throws on .NET Framework (Visual Studio's compiler) for empty or unusual paths.
    /// </summary>
    private static bool IsFromThisGenerator(SyntaxTree tree)
    {
        var path = tree.FilePath ?? string.Empty;
        var fileStart = path.LastIndexOfAny(Separators);
        if (fileStart <= 0)
        {
            return false;
        }

        var folderStart = path.LastIndexOfAny(Separators, fileStart - 1) + 1;
        return fileStart - folderStart == GeneratorFolder.Length
            && string.CompareOrdinal(path, folderStart, GeneratorFolder, 0, GeneratorFolder.Length) == 0;
    }
}
