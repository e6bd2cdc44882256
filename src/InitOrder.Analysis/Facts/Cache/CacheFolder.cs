using System;
using System.IO;

namespace InitOrder.Analysis.Facts.Cache;

/// <summary>
/// The only file access of the cache, and only inside its folder: read an entry's file, write one through a temporary
/// file renamed over it (a reader sees the old file or the new one, never half of one; a killed build leaves at most
/// a temporary file). File names come from assembly names, so a name that is not a plain file name gets no file.
/// </summary>
internal sealed class CacheFolder
{
    public CacheFolder(string path)
    {
        Path = path;
    }

    public string Path { get; }

    /// <summary>Where the entry of the assembly named <paramref name="assemblyName"/> lives; null when the name could leave the folder.</summary>
    public string? FileFor(string assemblyName)
    {
        if (assemblyName.Length == 0 || assemblyName.Length > 200 || assemblyName.Trim('.').Length == 0)
        {
            return null;
        }

        foreach (char c in assemblyName)
        {
            if (!(char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '_'))
            {
                return null;
            }
        }

        return System.IO.Path.Combine(Path, assemblyName + FactsCacheFormat.FileExtension);
    }

    /// <summary>The file's bytes; null when there is none or it cannot be read now.</summary>
    public static byte[]? TryRead(string file)
    {
        try
        {
            return File.Exists(file) ? File.ReadAllBytes(file) : null;
        }
        catch (Exception e) when (IsFileProblem(e))
        {
            return null;
        }
    }

    /// <summary>Replaces the file's contents in one step; false when it could not (another build won, a read-only folder).</summary>
    public bool TryWrite(string file, byte[] bytes)
    {
        string temporary = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path);
            File.WriteAllBytes(temporary, bytes);
            if (File.Exists(file))
            {
                File.Replace(temporary, file, null);
            }
            else
            {
                File.Move(temporary, file);
            }

            return true;
        }
        catch (Exception e) when (IsFileProblem(e))
        {
            TryDelete(temporary);
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (IsFileProblem(e))
        {
            // Left behind; dotnet clean removes the folder.
        }
    }

    private static bool IsFileProblem(Exception e) =>
        e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException || e is System.Security.SecurityException;
}
