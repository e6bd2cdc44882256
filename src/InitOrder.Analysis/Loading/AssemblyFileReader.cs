using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace InitOrder.Analysis.Loading;

/// <summary>
/// Reads an assembly file completely into memory before parsing it, so no handle stays open on the
/// build's output (the next build, or the IDE, must be able to overwrite it). The image is read once,
/// straight into the reader's own (unmanaged) block: no managed copy for the garbage collector to move,
/// and no second copy the size of the file.
/// </summary>
internal static class AssemblyFileReader
{
    /// <exception cref="AssemblyReadException">The file is missing, unreadable, or not a .NET assembly.</exception>
    /// <summary>
    /// The size and last write time of an input file (0 and 0 when it is missing), without reading it: what the facts
    /// cache compares to tell a file that changed (see Facts/Cache).
    /// </summary>
    public static (long Size, long LastWriteTicks) Stamp(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists ? (file.Length, file.LastWriteTimeUtc.Ticks) : (0, 0);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException || e is System.Security.SecurityException)
        {
            return (-1, -1);
        }
    }

    public static LoadedAssembly Read(string path)
    {
        PEReader peReader;
        try
        {
            // PrefetchEntireImage reads the whole file in the constructor and then closes the stream.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            peReader = new PEReader(stream, PEStreamOptions.PrefetchEntireImage);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
        {
            throw new AssemblyReadException("cannot read the file: " + WithoutFolder(e.Message, path), e);
        }
        catch (BadImageFormatException e)
        {
            throw new AssemblyReadException("the file is not a valid .NET assembly: " + e.Message, e);
        }

        try
        {
            if (!peReader.HasMetadata)
            {
                throw new AssemblyReadException("the file is a PE image without .NET metadata (a native binary?)");
            }

            var reader = peReader.GetMetadataReader();
            if (!reader.IsAssembly)
            {
                throw new AssemblyReadException("the file is a module without an assembly manifest");
            }

            return new LoadedAssembly(path, peReader, reader, ReferenceAssemblyDetector.IsReferenceAssembly(reader));
        }
        catch (Exception e) when (e is BadImageFormatException || e is InvalidOperationException || e is ArgumentException || e is OverflowException)
        {
            peReader.Dispose();
            throw new AssemblyReadException("the file is not a valid .NET assembly: " + e.Message, e);
        }
        catch
        {
            peReader.Dispose();
            throw;
        }
    }

    /// <summary>I/O messages quote the whole path; reports name the file only, not the folders of the machine.</summary>
    private static string WithoutFolder(string message, string path)
    {
        string fileName = Path.GetFileName(path);
        try
        {
            message = message.Replace(Path.GetFullPath(path), fileName);
        }
        catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is IOException || e is System.Security.SecurityException)
        {
            // A path the system cannot resolve is quoted as given, and replaced as given below.
        }

        return path.Length == 0 ? message : message.Replace(path, fileName);
    }
}
