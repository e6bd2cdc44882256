using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>
/// Damages an assembly or portable PDB the ways real files get damaged, and the ways that reach deepest into
/// a reader: random bit flips, truncation, and targeted corruption of metadata tables, heaps, method bodies
/// and headers. Every choice comes from the given <see cref="Random"/>, so a seed reproduces a mutation.
/// </summary>
internal sealed class AssemblyMutator
{
    /// <summary>Mutation kinds, in the order <see cref="Mutate"/> picks them by index.</summary>
    public static readonly string[] Kinds = { "bit flips", "truncation", "table rows", "heaps", "method bodies", "headers" };

    private readonly byte[] _original;
    private readonly int _metadataStart;
    private readonly List<(int Start, int Length)> _tableRows = new();
    private readonly List<(int Start, int Length)> _heaps = new();
    private readonly List<(int Start, int Length)> _bodies = new();

    /// <param name="isPortablePdb">A standalone PDB is bare metadata; an assembly is a PE image around it.</param>
    public AssemblyMutator(byte[] original, bool isPortablePdb)
    {
        _original = original;
        if (isPortablePdb)
        {
            using var provider = MetadataReaderProvider.FromPortablePdbImage(ImmutableArray.Create(original));
            IndexMetadata(provider.GetMetadataReader());
            return;
        }

        using var pe = new PEReader(ImmutableArray.Create(original));
        _metadataStart = pe.PEHeaders.MetadataStartOffset;
        var reader = pe.GetMetadataReader();
        IndexMetadata(reader);
        foreach (var handle in reader.MethodDefinitions)
        {
            int rva = reader.GetMethodDefinition(handle).RelativeVirtualAddress;
            if (rva != 0 && pe.PEHeaders.TryGetDirectoryOffset(new DirectoryEntry(rva, 1), out int offset))
            {
                // The header is 1 or 12 bytes; take the larger so header fields get hit too.
                _bodies.Add((offset, pe.GetMethodBody(rva).Size + 12));
            }
        }
    }

    /// <summary>A damaged copy; <paramref name="kind"/> says which mutation was applied.</summary>
    public byte[] Mutate(Random random, out string kind)
    {
        byte[] bytes = (byte[])_original.Clone();
        int choice = random.Next(Kinds.Length);
        if (choice == 2 && _tableRows.Count == 0 || choice == 4 && _bodies.Count == 0)
        {
            choice = 0;
        }

        kind = Kinds[choice];
        switch (choice)
        {
            case 0:
                Damage(bytes, random, (0, bytes.Length), random.Next(1, 17));
                return bytes;
            case 1:
                return bytes.Take(random.Next(bytes.Length)).ToArray();
            case 2:
                for (int i = random.Next(1, 5); i > 0; i--)
                {
                    Damage(bytes, random, _tableRows[random.Next(_tableRows.Count)], 1);
                }

                return bytes;
            case 3:
                Damage(bytes, random, _heaps[random.Next(_heaps.Count)], random.Next(1, 9));
                return bytes;
            case 4:
                Damage(bytes, random, _bodies[random.Next(_bodies.Count)], random.Next(1, 5));
                return bytes;
            default:
                // PE, CLI and metadata root headers, stream headers and the table stream header.
                Damage(bytes, random, (0, Math.Min(bytes.Length, 0x200)), 1);
                Damage(bytes, random, (_metadataStart, Math.Min(0x100, bytes.Length - _metadataStart)), random.Next(0, 3));
                return bytes;
        }
    }

    private void IndexMetadata(MetadataReader reader)
    {
        foreach (TableIndex table in Enum.GetValues<TableIndex>())
        {
            int rows = reader.GetTableRowCount(table);
            if (rows == 0)
            {
                continue;
            }

            int rowSize = reader.GetTableRowSize(table);
            int tableStart = _metadataStart + reader.GetTableMetadataOffset(table);
            for (int row = 0; row < rows; row++)
            {
                _tableRows.Add((tableStart + row * rowSize, rowSize));
            }
        }

        foreach (HeapIndex heap in Enum.GetValues<HeapIndex>())
        {
            int size = reader.GetHeapSize(heap);
            if (size > 0)
            {
                _heaps.Add((_metadataStart + reader.GetHeapMetadataOffset(heap), size));
            }
        }
    }

    /// <summary>Overwrites <paramref name="count"/> bytes of the range: with random values, or the extremes parsers trip on.</summary>
    private static void Damage(byte[] bytes, Random random, (int Start, int Length) range, int count)
    {
        int start = Math.Clamp(range.Start, 0, bytes.Length);
        int length = Math.Min(range.Length, bytes.Length - start);
        for (int i = 0; i < count && length > 0; i++)
        {
            int position = start + random.Next(length);
            bytes[position] = random.Next(4) switch
            {
                0 => 0x00,
                1 => 0xFF,
                2 => (byte)(bytes[position] ^ (1 << random.Next(8))),
                _ => (byte)random.Next(256),
            };
        }
    }
}
