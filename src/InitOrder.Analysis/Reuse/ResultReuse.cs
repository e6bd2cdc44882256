using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InitOrder.Analysis.Facts.Cache;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Reuse;

/// <summary>
/// Reuses the previous verification of the same project when nothing it depended on changed, and saves this one for
/// the next build. A verification is a deterministic function of the references and settings (<see cref="ReuseKey"/>),
/// the analysed assembly's declarations (<see cref="DeclarationDigest"/>) and the methods whose body or sequence points
/// it read (<see cref="MethodDigest"/>). If all of them are equal, the same run would read the same methods and reach
/// the same findings, so the saved findings are returned. An edit of a method body the verification never read (the
/// usual edit) keeps it; any declaration, reference or setting change, or an edit of a read method, runs it again.
/// </summary>
/// <remarks>
/// The file is <c>InitOrder.verification</c> in the project's <c>obj/…/initorder/</c> folder:
/// <code>
/// file := magic (8 bytes "IOVERIF\0") section(payload)      (section: see <see cref="FactsCacheFormat"/>)
/// payload := key:32 bytes declarations:32 bytes rows:count varint* reads:32 bytes result (see <see cref="VerificationResultWriter"/>)
/// </code>
/// A damaged, cut, foreign or stale file is ignored and replaced, never trusted.
/// </remarks>
internal sealed class ResultReuse
{
    public const string FileName = "InitOrder.verification";

    private const int DigestLength = 32;

    private static readonly byte[] Magic = { (byte)'I', (byte)'O', (byte)'V', (byte)'E', (byte)'R', (byte)'I', (byte)'F', 0 };

    private readonly CacheFolder _folder;
    private readonly LoadedAssembly _main;
    private readonly byte[] _key;
    private byte[]? _declarations;
    private bool _declarationsTried;
    private List<int>? _rows;
    private byte[]? _readDigest;

    public ResultReuse(string folder, LoadedAssembly main, byte[] key)
    {
        _folder = new CacheFolder(folder);
        _main = main;
        _key = key;
    }

    /// <summary>
    /// Used when a request names no folder: the Analysis tests set it so that every verification they run saves its
    /// result beside the assembly and a second verification of the same files reuses it (tests/InitOrder.Analysis.Tests,
    /// CacheSwitch). Null everywhere else.
    /// </summary>
    internal static string? FolderNameForTests { get; set; }

    /// <summary>The folder a request's verification is kept in, or null when the request keeps none.</summary>
    public static string? FolderOf(VerificationRequest request)
    {
        if (request.ReuseDirectory is not null)
        {
            // Empty: the build turned reuse off.
            return request.ReuseDirectory.Length == 0 ? null : request.ReuseDirectory;
        }

        return FolderNameForTests is { } name && Path.GetDirectoryName(Path.GetFullPath(request.AssemblyPath)) is { } folder
            ? Path.Combine(folder, name)
            : null;
    }

    private string FilePath => Path.Combine(_folder.Path, FileName);

    /// <summary>Null when the assembly's metadata is damaged where the digest reads it: then nothing is reused or saved.</summary>
    private byte[]? Declarations
    {
        get
        {
            if (!_declarationsTried)
            {
                _declarationsTried = true;
                _declarations = Digest(() => DeclarationDigest.Compute(_main.Reader, _main.PEReader));
            }

            return _declarations;
        }
    }

    /// <summary>The saved verification, when it still holds; null otherwise.</summary>
    public VerificationResult? TryLoad()
    {
        byte[]? bytes = CacheFolder.TryRead(FilePath);
        if (bytes is null || !FactsCacheFormat.StartsWith(bytes, Magic))
        {
            return null;
        }

        try
        {
            if (Declarations is null)
            {
                return null;
            }

            int position = Magic.Length;
            var (start, length) = CacheBinaryReader.ReadSection(bytes, ref position);
            var reader = new CacheBinaryReader(bytes, start, length);
            if (!reader.ReadBytes(DigestLength).SequenceEqual(_key) || !reader.ReadBytes(DigestLength).SequenceEqual(Declarations!))
            {
                return null;
            }

            var rows = reader.ReadList(reader.ReadInt);
            if (Digest(() => ReadDigest(rows)) is not { } reads || !reader.ReadBytes(DigestLength).SequenceEqual(reads))
            {
                return null;
            }

            var result = VerificationResultReader.Read(reader);
            return reader.AtEnd ? result : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// Takes the digests of what this run read, while the analysed assembly is still open; <see cref="Save"/> writes
    /// them with the findings once those are complete.
    /// </summary>
    public void Seal(MethodReadLog reads)
    {
        _rows = reads.SortedRows();
        _readDigest = Digest(() => ReadDigest(_rows));
        _ = Declarations;
    }

    /// <summary>Saves this verification after <see cref="Seal"/>; a file that cannot be written only costs the next build its reuse.</summary>
    public void Save(VerificationResult result)
    {
        if (_rows is null || _readDigest is null || _declarations is null)
        {
            return;
        }

        var rows = _rows;
        var writer = new CacheBinaryWriter();
        writer.WriteBytes(_key);
        writer.WriteBytes(_declarations);
        writer.WriteCount(rows, row => writer.WriteVarint(row));
        writer.WriteBytes(_readDigest);
        writer.WriteBytes(VerificationResultWriter.Write(result));
        using var file = new MemoryStream();
        file.Write(Magic, 0, Magic.Length);
        CacheBinaryWriter.WriteSection(file, writer.ToArray());
        _folder.TryWrite(FilePath, file.ToArray());
    }

    private byte[] ReadDigest(IReadOnlyList<int> rows)
    {
        using var digest = new DigestWriter();
        foreach (int row in rows)
        {
            MethodDigest.Add(_main, row, digest);
        }

        return digest.Finish();
    }

    /// <summary>
    /// A digest, or null when the metadata it reads is damaged: the digests read tables and bodies the analysis may never
    /// touch, and damage there must not turn into a finding the analysis alone would not report.
    /// </summary>
    private static byte[]? Digest(Func<byte[]> compute)
    {
        try
        {
            return compute();
        }
        catch (Exception e) when (e is BadImageFormatException || e is InvalidOperationException || e is ArgumentException || e is OverflowException || e is IndexOutOfRangeException)
        {
            return null;
        }
    }
}
