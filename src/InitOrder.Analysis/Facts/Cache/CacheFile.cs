using System;
using System.Collections.Generic;
using System.IO;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts.Cache;

/// <summary>A cache file read back (<see cref="FactsCacheFormat"/>): its key and its methods' facts.</summary>
internal sealed class CacheFile
{
    private CacheFile(CacheKey key, IReadOnlyList<CachedMethod> methods)
    {
        Key = key;
        Methods = methods;
    }

    public CacheKey Key { get; }

    public IReadOnlyList<CachedMethod> Methods { get; }

    /// <summary>
    /// The file's contents when they are intact and <paramref name="accept"/> takes the key (checked before the
    /// methods are decoded); null otherwise. Never throws for damaged bytes.
    /// </summary>
    public static CacheFile? Read(byte[] bytes, Func<CacheKey, bool> accept)
    {
        try
        {
            if (!FactsCacheFormat.HasMagic(bytes) || bytes.Length < FactsCacheFormat.Magic.Length + 4 ||
                BitConverter.ToInt32(bytes, FactsCacheFormat.Magic.Length) != FactsCacheFormat.Version)
            {
                return null;
            }

            int position = FactsCacheFormat.Magic.Length + 4;
            var key = ReadKey(bytes, ref position);
            if (!accept(key))
            {
                return null;
            }

            var (stringsStart, stringsLength) = CacheBinaryReader.ReadSection(bytes, ref position);
            var stringsReader = new CacheBinaryReader(bytes, stringsStart, stringsLength);
            var strings = stringsReader.ReadList(stringsReader.ReadString);
            var (methodsStart, methodsLength) = CacheBinaryReader.ReadSection(bytes, ref position);
            var reader = new CacheBinaryReader(bytes, methodsStart, methodsLength, strings);
            var methods = reader.ReadList(() => ReadMethod(reader));
            if (!reader.AtEnd || !stringsReader.AtEnd || position != bytes.Length)
            {
                return null;
            }

            return new CacheFile(key, methods);
        }
        catch (Exception e) when (e is InvalidDataException || e is ArgumentException || e is OverflowException || e is System.Text.DecoderFallbackException)
        {
            return null;
        }
    }

    private static CacheKey ReadKey(byte[] bytes, ref int position)
    {
        var (start, length) = CacheBinaryReader.ReadSection(bytes, ref position);
        var r = new CacheBinaryReader(bytes, start, length);
        string analysis = r.ReadString();
        var identity = new AssemblyIdentity(new Guid(r.ReadBytes(16)), r.ReadVarint(), r.ReadVarint());
        var dependencies = r.ReadList(() => new KeyValuePair<string, string>(r.ReadString(), r.ReadString()));
        if (!r.AtEnd)
        {
            throw new InvalidDataException("The key section has bytes left over.");
        }

        return new CacheKey(analysis, identity, dependencies);
    }

    private static CachedMethod ReadMethod(CacheBinaryReader r)
    {
        int row = r.ReadInt();
        var requests = r.ReadList(r.ReadString);
        var edges = r.ReadList(() =>
        {
            int offset = r.ReadInt();
            var kind = ReadEnum<EdgeKind>(r, (int)EdgeKind.Reflection);
            if (r.ReadBool())
            {
                var slot = new CachedDispatchSlot(r.ReadNamedType(), r.ReadString(), ReadShape(r));
                if (r.ReadBool())
                {
                    slot = slot with { Bound = r.ReadNamedType() };
                }

                return new CachedEdge(offset, kind, default, slot);
            }

            return new CachedEdge(offset, kind, r.ReadDefinition(), null);
        });
        var mentions = r.ReadList(() => new CachedMention(r.ReadInt(), r.ReadNamedType(), r.ReadOptionalString(), r.ReadBool(), r.ReadBool()));
        var notes = r.ReadList(() => new CachedNote(ReadEnum<CachedNoteKind>(r, (int)CachedNoteKind.KeptForLater), r.ReadString(), r.ReadString(), r.ReadInt()));
        var instantiations = r.ReadList(() => new CachedInstantiation(r.ReadInt(), r.ReadDefinition(), ReadEnum<InstantiationKind>(r, (int)InstantiationKind.ConstructedForCaller)));
        var fieldAccesses = r.ReadList(() => new CachedFieldAccess(r.ReadInt(), r.ReadDefinition(), r.ReadString(), r.ReadBool()));
        var creations = r.ReadList(() => new CachedDelegateCreation(r.ReadInt(), r.ReadDefinition(), ReadDelegateType(r)));
        var invocations = r.ReadList(() => new DelegateInvocation(r.ReadInt(), ReadDelegateType(r), r.ReadOptionalString()));
        var handOffs = r.ReadList(() =>
        {
            int offset = r.ReadInt();
            var family = ReadEnum<CallbackFamily>(r, (int)CallbackFamily.All);
            var reach = ReadEnum<HandOffReach>(r, (int)HandOffReach.ObjectMethodReceiver);
            return new ObjectHandOff(offset, new HandOffTarget(family, r.ReadOptionalString(), r.ReadBool() ? r.ReadNamedType() : null, reach));
        });
        return new CachedMethod(row, requests, edges, mentions, notes, instantiations, fieldAccesses, creations, invocations, handOffs);
    }

    private static SignatureShape ReadShape(CacheBinaryReader r) => new(r.ReadBool(), r.ReadInt(), r.ReadInt());

    private static T ReadEnum<T>(CacheBinaryReader r, int max)
        where T : struct, Enum
    {
        byte value = r.ReadByte();
        if (value > max)
        {
            throw new InvalidDataException("An unknown kind.");
        }

        return (T)(object)value;
    }

    private static DelegateType ReadDelegateType(CacheBinaryReader r)
    {
        string? definition = r.ReadOptionalString();
        var arguments = r.ReadList(() => ReadDecodedType(r, 0));
        return definition is null && arguments.Length == 0 ? DelegateType.Any : new DelegateType(definition, arguments.Length == 0 ? DecodedType.NoArguments : arguments);
    }

    private static DecodedType ReadDecodedType(CacheBinaryReader r, int depth)
    {
        if (depth > FactsCacheFormat.MaxTypeDepth)
        {
            throw new InvalidDataException("Type arguments nest too deeply.");
        }

        string text = r.ReadString();
        var definition = r.ReadBool() ? r.ReadNamedType() : null;
        var named = r.ReadList(r.ReadNamedType);
        var arguments = r.ReadList(() => ReadDecodedType(r, depth + 1));
        return new DecodedType(text, definition, named.Length == 0 ? DecodedType.NoTypes : named, arguments.Length == 0 ? DecodedType.NoArguments : arguments);
    }
}
