using System.Reflection;

namespace InitOrder.Analysis.Facts.Cache;

/// <summary>
/// The one description of a cache file, <c>&lt;assembly simple name&gt;.facts</c> in the cache folder, one per
/// referenced assembly with code:
/// <code>
/// file      := magic (8 bytes "IOFACTS\0") version:int32 section(key) section(strings) section(methods)
/// section   := length:int32 checksum:uint64 (FNV-1a 64 of the payload) payload
/// key       := text(analysis) mvid:16 bytes size:varint writeTicks:varint count:varint (text(name) text(fingerprint))*
/// strings   := count:varint (length:varint UTF-8 bytes)*
/// methods   := count:varint method*
/// method    := row requests edges mentions notes instantiations fieldAccesses delegateCreations delegateInvocations handOffs,
///              each list a count:varint then its items (see <see cref="CacheFileWriter"/> for the items)
/// </code>
/// Numbers are unsigned LEB128 varints unless said otherwise; in the methods section a string is its index in the
/// strings section; an optional value is a byte (0 or 1) and, when 1, the value. Any mismatch (magic, version, checksum, length, an
/// index out of range, a key that differs) discards the whole file, which the run then rewrites.
/// </summary>
internal static class FactsCacheFormat
{
    /// <summary>Bump whenever what a method's facts mean or how they are written changes.</summary>
    public const int Version = 6;

    public const string FileExtension = ".facts";

    /// <summary>Deeper type arguments than this in a delegate type mean a damaged file (real ones nest a few levels).</summary>
    public const int MaxTypeDepth = 64;

    public static readonly byte[] Magic = { (byte)'I', (byte)'O', (byte)'F', (byte)'A', (byte)'C', (byte)'T', (byte)'S', 0 };

    /// <summary>
    /// InitOrder's version and the analysis assembly's module version id: a new release and a rebuilt analysis (same
    /// version, other code) both make every entry stale.
    /// </summary>
    public static string AnalysisVersion { get; } = ComputeAnalysisVersion();

    private static string ComputeAnalysisVersion()
    {
        var assembly = typeof(FactsCacheFormat).Assembly;
        string version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        return version + "/" + assembly.ManifestModule.ModuleVersionId.ToString("N") + "/" + Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>FNV-1a, 64 bits: enough to tell a damaged section from an intact one, and no dependency.</summary>
    public static ulong Checksum(byte[] bytes, int start, int length)
    {
        ulong hash = 14695981039346656037UL;
        for (int i = start; i < start + length; i++)
        {
            hash = unchecked((hash ^ bytes[i]) * 1099511628211UL);
        }

        return hash;
    }

    public static bool HasMagic(byte[] bytes) => StartsWith(bytes, Magic);

    /// <summary>Whether a file's bytes begin with a format's magic (also the saved verification's, Reuse/ResultReuse).</summary>
    public static bool StartsWith(byte[] bytes, byte[] magic)
    {
        if (bytes.Length < magic.Length)
        {
            return false;
        }

        for (int i = 0; i < magic.Length; i++)
        {
            if (bytes[i] != magic[i])
            {
                return false;
            }
        }

        return true;
    }
}
