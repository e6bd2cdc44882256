using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Analysis.IL;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Reuse;

/// <summary>
/// Adds what the verification read of one method of the analysed assembly to a digest: its IL body and its sequence
/// points. Beside <see cref="DeclarationDigest"/>, tokens are kept as numbers, except the two kinds that point outside
/// the declarations: a string literal and a standalone signature, whose contents are added instead.
/// </summary>
internal static class MethodDigest
{
    private const int TokenSize = 4;

    public static void Add(LoadedAssembly assembly, int row, DigestWriter digest)
    {
        digest.Add(row);
        var handle = MetadataTokens.MethodDefinitionHandle(row);
        if (row < 1 || row > assembly.Reader.GetTableRowCount(TableIndex.MethodDef))
        {
            // The method is gone: the declarations differ already, this only keeps the digest well defined.
            digest.Add(-3);
            return;
        }

        AddBody(assembly, handle, digest);
        AddPoints(assembly, handle, digest);
    }

    private static void AddBody(LoadedAssembly assembly, MethodDefinitionHandle handle, DigestWriter digest)
    {
        var reader = assembly.Reader;
        var body = assembly.PeekBody(handle);
        if (body is null)
        {
            digest.Add(-1);
            return;
        }

        digest.Add(body.MaxStack);
        digest.Add(body.LocalVariablesInitialized);
        AddStandAloneSignature(reader, body.LocalSignature, digest);
        foreach (var region in body.ExceptionRegions)
        {
            digest.Add((long)region.Kind);
            digest.Add(region.TryOffset);
            digest.Add(region.TryLength);
            digest.Add(region.HandlerOffset);
            digest.Add(region.HandlerLength);
            digest.Add(region.CatchType);
            digest.Add(region.FilterOffset);
        }

        byte[] il = body.GetILBytes() ?? System.Array.Empty<byte>();
        int copied = 0;
        var instructions = new ILInstructionEnumerator(body.GetILReader());
        while (instructions.MoveNext())
        {
            var instruction = instructions.Current;
            if (!instruction.HasToken || (instruction.Token >> 24) is not (0x70 or 0x11))
            {
                continue;
            }

            // ldstr and calli: the raw bytes up to the token, then what the token points to.
            int tokenAt = instruction.Offset + (instruction.OpCode > (ILOpCode)0xFF ? 2 : 1);
            digest.Add(il, copied, tokenAt - copied);
            copied = tokenAt + TokenSize;
            if ((instruction.Token >> 24) == 0x70)
            {
                digest.Add(reader.GetUserString(MetadataTokens.UserStringHandle(instruction.Token & 0xFFFFFF)));
            }
            else
            {
                AddStandAloneSignature(reader, MetadataTokens.StandaloneSignatureHandle(instruction.Token & 0xFFFFFF), digest);
            }
        }

        digest.Add(il, copied, il.Length - copied);
    }

    private static void AddStandAloneSignature(MetadataReader reader, StandaloneSignatureHandle handle, DigestWriter digest)
    {
        if (handle.IsNil)
        {
            digest.Add(-1);
            return;
        }

        digest.Add(reader, reader.GetStandaloneSignature(handle).Signature);
    }

    private static void AddPoints(LoadedAssembly assembly, MethodDefinitionHandle handle, DigestWriter digest)
    {
        var pdb = assembly.Lines?.Pdb;
        if (pdb is null || MetadataTokens.GetRowNumber(handle) > pdb.MethodDebugInformation.Count)
        {
            digest.Add(-1);
            return;
        }

        foreach (var point in pdb.GetMethodDebugInformation(handle).GetSequencePoints())
        {
            digest.Add(point.Offset);
            digest.Add(point.IsHidden);
            digest.Add(point.StartLine);
            digest.Add(point.StartColumn);
            digest.Add(point.EndLine);
            digest.Add(point.EndColumn);
            digest.Add(point.Document.IsNil ? null : pdb.GetString(pdb.GetDocument(point.Document).Name));
        }

        digest.Add(-2);
    }
}
