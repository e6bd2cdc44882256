using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts.Cache;

/// <summary>
/// Writes one section's payload (see <see cref="FactsCacheFormat"/>): varints, and strings either inline or as
/// indexes into a shared <see cref="StringTable"/>.
/// </summary>
internal sealed class CacheBinaryWriter
{
    private readonly MemoryStream _bytes = new();
    private readonly Dictionary<string, int>? _strings;
    private readonly List<string>? _stringList;

    /// <param name="strings">Where strings are numbered; null writes them inline.</param>
    public CacheBinaryWriter(Dictionary<string, int>? strings = null, List<string>? stringList = null)
    {
        _strings = strings;
        _stringList = stringList;
    }

    public void WriteVarint(long value)
    {
        ulong rest = unchecked((ulong)value);
        while (rest >= 0x80)
        {
            _bytes.WriteByte((byte)(rest | 0x80));
            rest >>= 7;
        }

        _bytes.WriteByte((byte)rest);
    }

    public void WriteByte(byte value) => _bytes.WriteByte(value);

    public void WriteBool(bool value) => _bytes.WriteByte(value ? (byte)1 : (byte)0);

    public void WriteBytes(byte[] bytes) => _bytes.Write(bytes, 0, bytes.Length);

    /// <summary>Inline: its UTF-8 length and bytes. With a table: its index.</summary>
    public void WriteString(string value)
    {
        if (_strings is null)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(value);
            WriteVarint(utf8.Length);
            WriteBytes(utf8);
            return;
        }

        if (!_strings.TryGetValue(value, out int index))
        {
            index = _stringList!.Count;
            _strings.Add(value, index);
            _stringList.Add(value);
        }

        WriteVarint(index);
    }

    public void WriteOptionalString(string? value)
    {
        WriteBool(value is not null);
        if (value is not null)
        {
            WriteString(value);
        }
    }

    public void WriteNamedType(NamedType type)
    {
        WriteString(type.Namespace);
        WriteString(type.Name);
        WriteOptionalString(type.AssemblyName);
    }

    public void WriteDefinition(CachedDefinition definition)
    {
        WriteString(definition.Assembly);
        WriteVarint(definition.Row);
    }

    public void WriteCount<T>(IReadOnlyList<T> items, Action<T> write)
    {
        WriteVarint(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    public byte[] ToArray() => _bytes.ToArray();

    /// <summary>Writes <paramref name="payload"/> as a section: its length, its checksum, itself.</summary>
    public static void WriteSection(Stream output, byte[] payload)
    {
        var header = new byte[12];
        BitConverter.GetBytes(payload.Length).CopyTo(header, 0);
        BitConverter.GetBytes(FactsCacheFormat.Checksum(payload, 0, payload.Length)).CopyTo(header, 4);
        if (!BitConverter.IsLittleEndian)
        {
            Array.Reverse(header, 0, 4);
            Array.Reverse(header, 4, 8);
        }

        output.Write(header, 0, header.Length);
        output.Write(payload, 0, payload.Length);
    }
}
