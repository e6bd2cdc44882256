using System;
using System.Reflection.Metadata;
using System.Security.Cryptography;
using System.Text;

namespace InitOrder.Analysis.Reuse;

/// <summary>
/// SHA-256 over a sequence of typed values. Every value is written with its length or a fixed width, so two different
/// sequences never produce the same byte stream (a string "ab" then "c" is not "a" then "bc"). Values are gathered in a
/// buffer and hashed a megabyte at a time: a whole assembly's declarations are millions of small values.
/// </summary>
internal sealed class DigestWriter : IDisposable
{
    private const int FlushAt = 1 << 20;

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _buffer = new byte[64 * 1024];
    private int _length;

    public void Add(long value)
    {
        Reserve(8);
        for (int i = 0; i < 8; i++)
        {
            _buffer[_length++] = (byte)(value >> (8 * i));
        }
    }

    public void Add(bool value) => Add(value ? 1 : 0);

    public void Add(string? value)
    {
        if (value is null)
        {
            Add(-1);
            return;
        }

        Reserve(8 + Encoding.UTF8.GetMaxByteCount(value.Length));
        int count = Encoding.UTF8.GetBytes(value, 0, value.Length, _buffer, _length + 8);
        Add(count);
        _length += count;
    }

    public void Add(byte[] bytes) => Add(bytes, 0, bytes.Length);

    public void Add(byte[] bytes, int start, int length)
    {
        Add(length);
        Reserve(length);
        Buffer.BlockCopy(bytes, start, _buffer, _length, length);
        _length += length;
    }

    /// <summary>A metadata string's UTF-8 bytes, read in place.</summary>
    public void Add(MetadataReader reader, StringHandle handle) => Add(reader.GetBlobReader(handle));

    /// <summary>A blob's bytes, read in place.</summary>
    public void Add(MetadataReader reader, BlobHandle handle) => Add(reader.GetBlobReader(handle));

    /// <summary>A token as its raw value: meaningful only next to a digest of the table it points into.</summary>
    public void Add(EntityHandle handle) => Add(handle.IsNil ? 0 : System.Reflection.Metadata.Ecma335.MetadataTokens.GetToken(handle));

    public byte[] Finish()
    {
        Flush();
        return _hash.GetHashAndReset();
    }

    public void Dispose() => _hash.Dispose();

    private void Add(BlobReader blob)
    {
        int length = blob.Length;
        Add(length);
        Reserve(length);
        blob.ReadBytes(length, _buffer, _length);
        _length += length;
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes <= _buffer.Length)
        {
            return;
        }

        Flush();
        if (bytes > _buffer.Length)
        {
            _buffer = new byte[Math.Max(bytes, 2 * _buffer.Length)];
        }
    }

    private void Flush()
    {
        _hash.AppendData(_buffer, 0, _length);
        _length = 0;
    }
}
