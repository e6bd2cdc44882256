using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace InitOrder.Benchmarks;

/// <summary>
/// The least any IL analysis must do: read the file, open its metadata and step through every
/// instruction of every method body. Nothing is resolved, stored or allocated per instruction.
/// </summary>
internal static class FloorWorkload
{
    /// <returns>The number of instructions decoded.</returns>
    public static long Run(string path)
    {
        var bytes = File.ReadAllBytes(path);
        using var pe = new PEReader(ImmutableCollectionsMarshal.AsImmutableArray(bytes));
        var metadata = pe.GetMetadataReader();
        long instructions = 0;
        foreach (var handle in metadata.MethodDefinitions)
        {
            int rva = metadata.GetMethodDefinition(handle).RelativeVirtualAddress;
            if (rva != 0)
            {
                var il = pe.GetMethodBody(rva).GetILReader();
                instructions += Decode(ref il);
            }
        }

        return instructions;
    }

    private static long Decode(ref BlobReader il)
    {
        long count = 0;
        while (il.RemainingBytes > 0)
        {
            int code = il.ReadByte();
            int size = code == 0xFE ? IlOperandSizes.TwoByte(il.ReadByte()) : IlOperandSizes.OneByte(code);
            if (size == IlOperandSizes.Switch)
            {
                // Read the count first: "Offset += 4 * ReadUInt32()" would add to the offset from before the read.
                int targets = (int)il.ReadUInt32();
                il.Offset += 4 * targets;
            }
            else
            {
                il.Offset += size;
            }

            count++;
        }

        return count;
    }
}
