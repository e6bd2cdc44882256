using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Robustness;

/// <summary>
/// The analysis reads only its inputs: the assembly, the PDB beside it (or embedded), and the reference files it is
/// given, and it writes only inside the facts cache's folder. Two halves: only two loaders and the cache's folder
/// (Facts/Cache/CacheFolder, which names its files after assembly names and refuses any other) touch the file system
/// at all (checked on the compiled analysis library), and
/// the one path that comes from the analysed file itself (the PDB path a build records) is not followed elsewhere.
/// </summary>
public sealed class InputConfinementTests
{
    private static readonly string[] FileSystemTypes =
    {
        "System.IO.File", "System.IO.FileStream", "System.IO.FileInfo", "System.IO.Directory", "System.IO.DirectoryInfo",
        "System.IO.StreamReader", "System.IO.StreamWriter", "System.IO.MemoryMappedFiles.MemoryMappedFile",
    };

    [Fact]
    public void Only_the_assembly_reader_the_PDB_loader_and_the_cache_folder_call_file_system_APIs()
    {
        string library = typeof(AssemblyFileReader).Assembly.Location;
        using var pe = new PEReader(File.OpenRead(library));
        var reader = pe.GetMetadataReader();

        var callers = FileSystemCallers(pe, reader).ToList();

        // Equality rather than "no others": a broken scan that finds nothing fails too, because these three do use files.
        Assert.Equal(new[] { "InitOrder.Analysis.Facts.Cache.CacheFolder", "InitOrder.Analysis.Loading.AssemblyFileReader", "InitOrder.Analysis.Loading.PortablePdbLoader" }, callers);
    }

    [Fact]
    public void PDB_recorded_at_a_path_outside_the_assembly_folder_is_not_read()
    {
        string elsewhere = Path.Combine(TestFolders.NewFolder("elsewhere"), "App.pdb");
        var app = TestAssemblyBuilder.Create("App")
            .Source("Early.cs", EarlyInitializerScenario.EarlySource("Target.Touch();", ""))
            .Bootstrap()
            .Source("Types.cs", EarlyInitializerScenario.Types)
            .RecordPdbPath(elsewhere)
            .Emit();
        File.Move(app.PdbPath!, elsewhere);

        var result = app.Verify();

        Assert.Null(Assert.Single(result.Violations).Location);
        Assert.Contains(result.Problems, p => p.Code == "INIT202");

        // Control: the same PDB beside the assembly is read and gives lines, so the absence above is the rule at work.
        File.Copy(elsewhere, Path.ChangeExtension(app.Path, ".pdb"));
        Assert.NotNull(Assert.Single(app.Verify().Violations).Location);
    }

    /// <summary>Declaring types (outermost, so lambdas count for their host) of methods whose IL calls a file-system type.</summary>
    private static IEnumerable<string> FileSystemCallers(PEReader pe, MetadataReader reader)
    {
        var fileTokens = new HashSet<int>();
        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference && FileSystemTypes.Contains(FullName(reader, (TypeReferenceHandle)member.Parent)))
            {
                fileTokens.Add(System.Reflection.Metadata.Ecma335.MetadataTokens.GetToken(handle));
            }
        }

        Assert.NotEmpty(fileTokens);
        var callers = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var handle in reader.MethodDefinitions)
        {
            var method = reader.GetMethodDefinition(handle);
            if (method.RelativeVirtualAddress == 0)
            {
                continue;
            }

            var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!;
            if (CallsAny(il, fileTokens))
            {
                callers.Add(OutermostTypeName(reader, method.GetDeclaringType()));
            }
        }

        return callers;
    }

    // call, callvirt and newobj take a 4-byte token; a false match only makes this test stricter.
    private static bool CallsAny(byte[] il, HashSet<int> tokens)
    {
        for (int i = 0; i + 4 < il.Length; i++)
        {
            if ((il[i] == 0x28 || il[i] == 0x6F || il[i] == 0x73) && tokens.Contains(BitConverter.ToInt32(il, i + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static string OutermostTypeName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        while (type.IsNested)
        {
            handle = type.GetDeclaringType();
            type = reader.GetTypeDefinition(handle);
        }

        return reader.GetString(type.Namespace) + "." + reader.GetString(type.Name);
    }

    private static string FullName(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        return reader.GetString(type.Namespace) + "." + reader.GetString(type.Name);
    }
}
