using System;
using System.Reflection.Metadata;
using System.Security.Cryptography;
using System.Text;

namespace InitOrder.Analysis.Reuse;

/// <summary>
/// SHA-256 over a sequence of typed values. Every value is written with its length or a fixed width, so two different
/// sequences never produce the same byte stream (a string "ab" then "c" is not "a" then "bc").
/// </summary>
internal sealed class DigestWriter : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _number = new byte[8];

    public void Add(long value)
    {
        for (int i = 0; i < 8; i++)
        {
            _number[i] = (byte)(value >> (8 * i));
        }

        _hash.AppendData(_number);
    }

    public void Add(bool value) => Add(value ? 1 : 0);

    public void Add(string? value)
    {
        if (value is null)
        {
            Add(-1);
            return;
        }

        byte[] utf8 = Encoding.UTF8.GetBytes(value);
        Add(utf8.Length);
        _hash.AppendData(utf8);
    }

    public void Add(byte[] bytes)
    {
        Add(bytes.Length);
        _hash.AppendData(bytes);
    }

    public void Add(byte[] bytes, int start, int length)
    {
        Add(length);
        _hash.AppendData(bytes, start, length);
    }

    /// <summary>A token as its raw value: meaningful only next to a digest of the table it points into.</summary>
    public void Add(EntityHandle handle) => Add(handle.IsNil ? 0 : System.Reflection.Metadata.Ecma335.MetadataTokens.GetToken(handle));

    public byte[] Finish() => _hash.GetHashAndReset();

    public void Dispose() => _hash.Dispose();
}
