using System;
using System.Collections.Generic;
using System.IO;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts.Cache;

/// <summary>Writes a cache file's bytes (<see cref="FactsCacheFormat"/>).</summary>
internal static class CacheFileWriter
{
    public static byte[] Write(CacheKey key, IEnumerable<CachedMethod> methods)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var stringList = new List<string>();
        var methodsPayload = new CacheBinaryWriter(strings, stringList);
        var all = new List<CachedMethod>(methods);
        methodsPayload.WriteVarint(all.Count);
        foreach (var method in all)
        {
            WriteMethod(methodsPayload, method);
        }

        var stringsPayload = new CacheBinaryWriter();
        stringsPayload.WriteCount(stringList, stringsPayload.WriteString);

        var output = new MemoryStream();
        output.Write(FactsCacheFormat.Magic, 0, FactsCacheFormat.Magic.Length);
        var version = BitConverter.GetBytes(FactsCacheFormat.Version);
        if (!BitConverter.IsLittleEndian)
        {
            Array.Reverse(version);
        }

        output.Write(version, 0, version.Length);
        CacheBinaryWriter.WriteSection(output, KeyPayload(key));
        CacheBinaryWriter.WriteSection(output, stringsPayload.ToArray());
        CacheBinaryWriter.WriteSection(output, methodsPayload.ToArray());
        return output.ToArray();
    }

    private static byte[] KeyPayload(CacheKey key)
    {
        var payload = new CacheBinaryWriter();
        payload.WriteString(key.Analysis);
        payload.WriteBytes(key.Assembly.Mvid.ToByteArray());
        payload.WriteVarint(key.Assembly.Size);
        payload.WriteVarint(key.Assembly.LastWriteTicks);
        payload.WriteCount(key.Dependencies, dependency =>
        {
            payload.WriteString(dependency.Key);
            payload.WriteString(dependency.Value);
        });
        return payload.ToArray();
    }

    private static void WriteMethod(CacheBinaryWriter w, CachedMethod method)
    {
        w.WriteVarint(method.Row);
        w.WriteCount(method.Requests, w.WriteString);
        w.WriteCount(method.Edges, edge =>
        {
            w.WriteVarint(edge.ILOffset);
            w.WriteByte((byte)edge.Kind);
            w.WriteBool(edge.Slot is not null);
            if (edge.Slot is { } slot)
            {
                w.WriteNamedType(slot.DeclaringType);
                w.WriteString(slot.Name);
                w.WriteBool(slot.Shape.IsInstance);
                w.WriteVarint(slot.Shape.ParameterCount);
                w.WriteVarint(slot.Shape.GenericArity);
                w.WriteBool(slot.Bound is not null);
                if (slot.Bound is { } bound)
                {
                    w.WriteNamedType(bound);
                }
            }
            else
            {
                w.WriteDefinition(edge.Target);
            }
        });
        w.WriteCount(method.Mentions, mention =>
        {
            w.WriteVarint(mention.ILOffset);
            w.WriteNamedType(mention.Type);
            w.WriteOptionalString(mention.MemberName);
            w.WriteBool(mention.MemberIsMethod);
            w.WriteBool(mention.IsSignatureOnly);
        });
        w.WriteCount(method.Notes, note =>
        {
            w.WriteByte((byte)note.Kind);
            w.WriteString(note.What);
            w.WriteString(note.Why);
            w.WriteVarint(note.ILOffset);
        });
        w.WriteCount(method.Instantiations, instantiation =>
        {
            w.WriteVarint(instantiation.ILOffset);
            w.WriteDefinition(instantiation.Type);
            w.WriteByte((byte)instantiation.Kind);
        });
        w.WriteCount(method.FieldAccesses, access =>
        {
            w.WriteVarint(access.ILOffset);
            w.WriteDefinition(access.Owner);
            w.WriteString(access.Name);
            w.WriteBool(access.IsWrite);
        });
        w.WriteCount(method.DelegateCreations, creation =>
        {
            w.WriteVarint(creation.ILOffset);
            w.WriteDefinition(creation.Target);
            WriteDelegateType(w, creation.Type);
        });
        w.WriteCount(method.DelegateInvocations, invocation =>
        {
            w.WriteVarint(invocation.ILOffset);
            WriteDelegateType(w, invocation.Type);
            w.WriteOptionalString(invocation.HandedTo);
        });
        w.WriteCount(method.HandOffs, handOff =>
        {
            w.WriteVarint(handOff.ILOffset);
            w.WriteByte((byte)handOff.Target.Family);
            w.WriteByte((byte)handOff.Target.Reach);
            w.WriteOptionalString(handOff.Target.TypeName);
            w.WriteBool(handOff.Target.Container is not null);
            if (handOff.Target.Container is { } container)
            {
                w.WriteNamedType(container);
            }
        });
    }

    private static void WriteDelegateType(CacheBinaryWriter w, DelegateType type)
    {
        w.WriteOptionalString(type.Definition);
        w.WriteCount(type.Arguments, argument => WriteDecodedType(w, argument));
    }

    private static void WriteDecodedType(CacheBinaryWriter w, DecodedType type)
    {
        w.WriteString(type.Text);
        w.WriteBool(type.Definition is not null);
        if (type.Definition is not null)
        {
            w.WriteNamedType(type.Definition);
        }

        w.WriteCount(type.NamedTypes, w.WriteNamedType);
        w.WriteCount(type.GenericArguments, argument => WriteDecodedType(w, argument));
    }
}
