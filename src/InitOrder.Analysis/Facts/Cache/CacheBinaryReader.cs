using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts.Cache;

/// <summary>
/// Reads what <see cref="CacheBinaryWriter"/> wrote, checking every bound: anything out of place throws
/// <see cref="InvalidDataException"/>, and the caller discards the file.
/// </summary>
internal sealed class CacheBinaryReader
{
    private readonly byte[] _bytes;
    private readonly int _end;
    private readonly IReadOnlyList<string>? _strings;
    private readonly Dictionary<(int, int, int), NamedType> _namedTypes = new();
    private int _position;

    public CacheBinaryReader(byte[] bytes, int start, int length, IReadOnlyList<string>? strings = null)
    {
        if (start < 0 || length < 0 || start > bytes.Length - length)
        {
            throw new InvalidDataException("A section runs past the end of the file.");
        }

        _bytes = bytes;
        _position = start;
        _end = start + length;
        _strings = strings;
    }

    public bool AtEnd => _position == _end;

    public long ReadVarint()
    {
        ulong value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte next = ReadByte();
            value |= (ulong)(next & 0x7F) << shift;
            if ((next & 0x80) == 0)
            {
                return unchecked((long)value);
            }
        }

        throw new InvalidDataException("A number is too long.");
    }

    /// <summary>A count, offset or row: a varint that fits an int and is not negative.</summary>
    public int ReadInt()
    {
        long value = ReadVarint();
        if (value < 0 || value > int.MaxValue)
        {
            throw new InvalidDataException("A number is out of range.");
        }

        return (int)value;
    }

    /// <summary>A list's length: each item takes at least a byte, so a count past the section's end is damage, not a big list.</summary>
    public int ReadCount()
    {
        int count = ReadInt();
        if (count > _end - _position)
        {
            throw new InvalidDataException("A count is larger than what is left.");
        }

        return count;
    }

    public byte ReadByte()
    {
        if (_position >= _end)
        {
            throw new InvalidDataException("A section ends too early.");
        }

        return _bytes[_position++];
    }

    public bool ReadBool() => ReadByte() switch
    {
        0 => false,
        1 => true,
        _ => throw new InvalidDataException("A flag is neither 0 nor 1."),
    };

    public byte[] ReadBytes(int count)
    {
        if (count > _end - _position)
        {
            throw new InvalidDataException("A section ends too early.");
        }

        var bytes = new byte[count];
        Array.Copy(_bytes, _position, bytes, 0, count);
        _position += count;
        return bytes;
    }

    public string ReadString()
    {
        if (_strings is null)
        {
            int length = ReadCount();
            string text = Encoding.UTF8.GetString(_bytes, _position, length);
            _position += length;
            return text;
        }

        return _strings[ReadStringIndex()];
    }

    public string? ReadOptionalString() => ReadBool() ? ReadString() : null;

    /// <summary>
    /// With a string table, one object per distinct type: a file names the same types thousands of times, and each new
    /// <see cref="NamedType"/> builds and hashes its full name.
    /// </summary>
    public NamedType ReadNamedType()
    {
        if (_strings is null)
        {
            return new NamedType(ReadString(), ReadString(), ReadOptionalString());
        }

        int @namespace = ReadStringIndex();
        int name = ReadStringIndex();
        int assembly = ReadBool() ? ReadStringIndex() : -1;
        var key = (@namespace, name, assembly);
        if (!_namedTypes.TryGetValue(key, out var type))
        {
            type = new NamedType(_strings[@namespace], _strings[name], assembly < 0 ? null : _strings[assembly]);
            _namedTypes.Add(key, type);
        }

        return type;
    }

    private int ReadStringIndex()
    {
        int index = ReadInt();
        if (index >= _strings!.Count)
        {
            throw new InvalidDataException("A string index is out of range.");
        }

        return index;
    }

    public CachedDefinition ReadDefinition() => new(ReadString(), ReadInt());

    public T[] ReadList<T>(Func<T> read)
    {
        int count = ReadCount();
        if (count == 0)
        {
            return Array.Empty<T>();
        }

        var items = new T[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = read();
        }

        return items;
    }

    /// <summary>Reads a section's header at <paramref name="position"/>, checks its checksum and returns its payload's start and length.</summary>
    public static (int Start, int Length) ReadSection(byte[] bytes, ref int position)
    {
        if (position < 0 || bytes.Length - position < 12)
        {
            throw new InvalidDataException("The file ends inside a section header.");
        }

        var header = new byte[12];
        Array.Copy(bytes, position, header, 0, 12);
        if (!BitConverter.IsLittleEndian)
        {
            Array.Reverse(header, 0, 4);
            Array.Reverse(header, 4, 8);
        }

        int length = BitConverter.ToInt32(header, 0);
        ulong checksum = BitConverter.ToUInt64(header, 4);
        int start = position + 12;
        if (length < 0 || length > bytes.Length - start)
        {
            throw new InvalidDataException("A section is longer than the file.");
        }

        if (FactsCacheFormat.Checksum(bytes, start, length) != checksum)
        {
            throw new InvalidDataException("A section's checksum does not match.");
        }

        position = start + length;
        return (start, length);
    }
}
