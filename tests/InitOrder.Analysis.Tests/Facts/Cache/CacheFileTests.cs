using System;
using System.Collections.Generic;
using System.Linq;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Facts.Cache;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Tests.Facts.Cache;

/// <summary>
/// A cache file reads back what was written, and a file that is not exactly that (damaged or cut in any section, another
/// format version, not a cache file at all, a key the run does not accept) reads as nothing rather than as wrong facts.
/// </summary>
public sealed class CacheFileTests
{
    private static readonly NamedType Owner = new("Lib", "Api", "Lib");

    [Fact]
    public void Every_kind_of_fact_reads_back_as_written()
    {
        byte[] bytes = CacheFileWriter.Write(Key(), new[] { FullMethod(7), FullMethod(3) });

        var file = CacheFile.Read(bytes, _ => true);

        Assert.NotNull(file);
        Assert.Equal(Key().Analysis, file!.Key.Analysis);
        Assert.Equal(Key().Assembly, file.Key.Assembly);
        Assert.Equal(Key().Dependencies, file.Key.Dependencies);
        var method = file.Methods[0];
        Assert.Equal(7, method.Row);
        Assert.Equal(new[] { "Lib", "System.Runtime" }, method.Requests);
        Assert.Equal(FullMethod(7).Edges, method.Edges);
        Assert.Equal(FullMethod(7).Mentions, method.Mentions);
        Assert.Equal(FullMethod(7).Notes, method.Notes);
        Assert.Equal(FullMethod(7).Instantiations, method.Instantiations);
        Assert.Equal(FullMethod(7).FieldAccesses, method.FieldAccesses);
        var creation = Assert.Single(method.DelegateCreations);
        Assert.Equal("System.Func`2", creation.Type.Definition);
        Assert.Equal(new[] { "System.Int32", "T" }, creation.Type.Arguments.Select(a => a.Text));
        Assert.Equal("System.Int32", creation.Type.Arguments[0].Definition!.FullName);
        Assert.Null(creation.Type.Arguments[1].Definition);
        Assert.Same(DelegateType.Any, method.DelegateInvocations[0].Type);
        Assert.Equal("Task.Run()", method.DelegateInvocations[0].HandedTo);
        Assert.Equal(FullMethod(7).HandOffs, method.HandOffs);

        // Everything written is read: writing what was read gives the same bytes.
        Assert.Equal(bytes, CacheFileWriter.Write(file.Key, file.Methods));
    }

    [Fact]
    public void A_damaged_byte_in_any_section_discards_the_file()
    {
        byte[] bytes = CacheFileWriter.Write(Key(), new[] { FullMethod(1) });
        var sections = Sections(bytes);
        Assert.Equal(3, sections.Count);

        foreach (var (start, length) in sections)
        {
            // The section's length, its checksum, and the first, middle and last bytes of what it holds.
            foreach (int at in new[] { start - 12, start - 8, start, start + length / 2, start + length - 1 })
            {
                byte[] damaged = (byte[])bytes.Clone();
                damaged[at] ^= 0x5A;
                Assert.Null(CacheFile.Read(damaged, _ => true));
            }
        }
    }

    [Fact]
    public void A_file_cut_anywhere_is_discarded()
    {
        byte[] bytes = CacheFileWriter.Write(Key(), new[] { FullMethod(1) });
        var cuts = Sections(bytes).SelectMany(s => new[] { s.Start - 12, s.Start - 1, s.Start, s.Start + s.Length / 2, s.Start + s.Length - 1 })
            .Append(0).Append(4).Append(11).Distinct();

        foreach (int length in cuts)
        {
            Assert.Null(CacheFile.Read(bytes.Take(length).ToArray(), _ => true));
        }

        // Control: the whole file is read.
        Assert.NotNull(CacheFile.Read(bytes, _ => true));
    }

    [Fact]
    public void Another_format_version_a_foreign_file_or_a_refused_key_read_as_nothing()
    {
        byte[] bytes = CacheFileWriter.Write(Key(), new[] { FullMethod(1) });
        byte[] otherVersion = (byte[])bytes.Clone();
        BitConverter.GetBytes(FactsCacheFormat.Version + 1).CopyTo(otherVersion, FactsCacheFormat.Magic.Length);
        byte[] longer = bytes.Concat(new byte[] { 0 }).ToArray();

        Assert.Null(CacheFile.Read(otherVersion, _ => true));
        Assert.Null(CacheFile.Read(System.IO.File.ReadAllBytes(typeof(CacheFile).Assembly.Location), _ => true));
        Assert.Null(CacheFile.Read(Array.Empty<byte>(), _ => true));
        Assert.Null(CacheFile.Read(longer, _ => true));
        Assert.Null(CacheFile.Read(bytes, key => key.Analysis == "another version"));
        Assert.NotNull(CacheFile.Read(bytes, key => key.Analysis == Key().Analysis));
    }

    [Fact]
    public void File_names_come_only_from_plain_assembly_names()
    {
        var folder = new CacheFolder("/tmp/cache");

        Assert.Equal(System.IO.Path.Combine("/tmp/cache", "System.Private.CoreLib.facts"), folder.FileFor("System.Private.CoreLib"));
        Assert.Equal(System.IO.Path.Combine("/tmp/cache", "My-Lib_2.facts"), folder.FileFor("My-Lib_2"));
        Assert.All(new[] { "", ".", "..", "../App", "a/b", "a\\b", "C:x", "name\0", new string('a', 201) }, name => Assert.Null(folder.FileFor(name)));
    }

    /// <summary>Where each section's payload is, by walking the headers.</summary>
    internal static List<(int Start, int Length)> Sections(byte[] bytes)
    {
        var sections = new List<(int, int)>();
        int position = FactsCacheFormat.Magic.Length + 4;
        while (position < bytes.Length)
        {
            int length = BitConverter.ToInt32(bytes, position);
            sections.Add((position + 12, length));
            position += 12 + length;
        }

        return sections;
    }

    private static CacheKey Key() => new(
        FactsCacheFormat.AnalysisVersion,
        new AssemblyIdentity(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), 5120, 638_000_000_000_000_000),
        new[] { new KeyValuePair<string, string>("Lib", "/p/Lib.dll|5120|1\n"), new KeyValuePair<string, string>("Missing", "") });

    private static CachedMethod FullMethod(int row)
    {
        var int32 = new NamedType("System", "Int32", "System.Runtime");
        var argument = new DecodedType("System.Int32", int32, new[] { int32 }, DecodedType.NoArguments);
        var parameter = new DecodedType("T", null, DecodedType.NoTypes, DecodedType.NoArguments);
        return new CachedMethod(
            row,
            new[] { "Lib", "System.Runtime" },
            new[]
            {
                new CachedEdge(0, EdgeKind.Call, new CachedDefinition("Lib", 2), null),
                new CachedEdge(5, EdgeKind.VirtualDispatch, default, new CachedDispatchSlot(Owner, "Run", new SignatureShape(true, 2, 1))),
                new CachedEdge(9, EdgeKind.StaticConstructor, new CachedDefinition("Other", 40_000), null),
            },
            new[] { new CachedMention(0, Owner, "Run", true, false), new CachedMention(0, int32, null, false, true), new CachedMention(12, new NamedType("", "<Module>", null), "s_field", false, false) },
            new[] { new CachedNote(CachedNoteKind.ExternalCode, "System.Runtime", "reference assembly: no code to follow", 3), new CachedNote(CachedNoteKind.Reflection, "Type.GetType(string)", "", 300), new CachedNote(CachedNoteKind.KeptForLater, "AppDomain.add_ProcessExit()", "runs at exit", 40) },
            new[] { new CachedInstantiation(5, new CachedDefinition("Lib", 3), InstantiationKind.ConstructedByFramework) },
            new[] { new CachedFieldAccess(14, new CachedDefinition("Lib", 2), "<Now>k__BackingField", true) },
            new[] { new CachedDelegateCreation(20, new CachedDefinition("Lib", 9), new DelegateType("System.Func`2", new[] { argument, parameter })) },
            new[] { new DelegateInvocation(30, DelegateType.Any, "Task.Run()") },
            new[]
            {
                new ObjectHandOff(31, new HandOffTarget(CallbackFamily.All, null, null)),
                new ObjectHandOff(40, new HandOffTarget(CallbackFamily.None, "Lib.Order", new NamedType("System.Collections.Generic", "List`1", "System.Collections"))),
                new ObjectHandOff(44, new HandOffTarget(CallbackFamily.Equality | CallbackFamily.Formatting, "Lib.Key", null, HandOffReach.Contents)),
            });
    }
}
