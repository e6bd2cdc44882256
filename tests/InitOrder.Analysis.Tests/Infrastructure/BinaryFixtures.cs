using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>Broken and unusual files for the bad-input tests.</summary>
internal static class BinaryFixtures
{
    /// <summary>A valid PE32 header with no CLI header: what a native DLL looks like to the verifier.</summary>
    public static byte[] NativePortableExecutable()
    {
        var image = new byte[512];
        image[0] = (byte)'M';
        image[1] = (byte)'Z';
        BitConverter.GetBytes(0x40).CopyTo(image, 0x3C);
        "PE\0\0"u8.ToArray().CopyTo(image, 0x40);
        int coff = 0x44;
        BitConverter.GetBytes((ushort)0x014C).CopyTo(image, coff);          // i386
        BitConverter.GetBytes((ushort)0xE0).CopyTo(image, coff + 16);       // size of the optional header
        BitConverter.GetBytes((ushort)0x2102).CopyTo(image, coff + 18);     // executable DLL, 32-bit
        int optional = coff + 20;
        BitConverter.GetBytes((ushort)0x10B).CopyTo(image, optional);       // PE32
        BitConverter.GetBytes(0x1000).CopyTo(image, optional + 32);         // section alignment
        BitConverter.GetBytes(0x200).CopyTo(image, optional + 36);          // file alignment
        BitConverter.GetBytes(16).CopyTo(image, optional + 92);             // data directories, all empty
        return image;
    }

    /// <summary>Overwrites the first IL byte of <paramref name="typeName"/>.<paramref name="methodName"/> with an undefined opcode.</summary>
    public static void CorruptMethodBody(string assemblyPath, string typeName, string methodName)
    {
        byte[] bytes = File.ReadAllBytes(assemblyPath);
        int fileOffset;
        using (var pe = new PEReader(new MemoryStream(bytes)))
        {
            var reader = pe.GetMetadataReader();
            int rva = FindMethodRva(reader, typeName, methodName);
            var section = pe.PEHeaders.SectionHeaders[pe.PEHeaders.GetContainingSectionIndex(rva)];
            fileOffset = rva - section.VirtualAddress + section.PointerToRawData;
        }

        bool tiny = (bytes[fileOffset] & 0x3) == 0x2;
        bytes[fileOffset + (tiny ? 1 : 12)] = 0xA6;
        File.WriteAllBytes(assemblyPath, bytes);
    }

    private static int FindMethodRva(MetadataReader reader, string typeName, string methodName)
    {
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            if (reader.GetString(type.Name) != typeName)
            {
                continue;
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                if (reader.GetString(method.Name) == methodName)
                {
                    return method.RelativeVirtualAddress;
                }
            }
        }

        throw new InvalidOperationException(typeName + "." + methodName + " not found");
    }
}
