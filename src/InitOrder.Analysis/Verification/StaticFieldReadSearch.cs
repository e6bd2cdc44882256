using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Explanation;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.IL;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// Breadth-first from a static constructor to the nearest method that reads (<c>ldsfld</c>, <c>ldsflda</c>) one of
/// the given fields, over the same edges as every other search except delegate creation: a delegate the constructor
/// only stores (<c>Lazy&lt;T&gt;</c>, a <c>Func</c> field) reads later, which is the lazy reading this rule asks for.
/// </summary>
internal static class StaticFieldReadSearch
{
    /// <returns>The chain from the constructor to the field, ending with the field itself, and the field; null when none is read.</returns>
    public static (List<ChainStep> Chain, StaticField Field)? Find(FactStore store, MethodNode constructor, HashSet<StaticField> fields)
    {
        var tree = new SearchTree(constructor);
        var queue = new Queue<MethodNode>();
        queue.Enqueue(constructor);
        while (queue.Count > 0)
        {
            var method = queue.Dequeue();
            if (FirstRead(store, method, fields) is { } read)
            {
                return (Chain(tree, method, read.ILOffset, read.Field), read.Field);
            }

            foreach (var edge in store.FactsOf(method).Edges)
            {
                if (edge.Kind != EdgeKind.Delegate && tree.TryAdd(edge.Target, method, edge))
                {
                    queue.Enqueue(edge.Target);
                }
            }
        }

        return null;
    }

    private static (int ILOffset, StaticField Field)? FirstRead(FactStore store, MethodNode method, HashSet<StaticField> fields)
    {
        var body = method.Assembly.IsReferenceAssembly ? null : method.Assembly.GetBody(method.Handle);
        if (body is null)
        {
            return null;
        }

        try
        {
            foreach (var instruction in ILDecoder.Read(body.GetILReader()))
            {
                if ((instruction.OpCode == ILOpCode.Ldsfld || instruction.OpCode == ILOpCode.Ldsflda) &&
                    StaticField.Resolve(store.Context, method.Assembly, instruction.Token) is { } field && fields.Contains(field))
                {
                    return (instruction.Offset, field);
                }
            }
        }
        catch (Exception e) when (e is BadImageFormatException || e is ArgumentException || e is InvalidCastException || e is IndexOutOfRangeException)
        {
            // A malformed body is INIT204 from the main analysis; here it simply reads nothing.
        }

        return null;
    }

    private static List<ChainStep> Chain(SearchTree tree, MethodNode reader, int readOffset, StaticField field)
    {
        var steps = ChainBuilder.Build(tree, reader, null);
        steps[steps.Count - 1] = new ChainStep(reader.FullName, reader.ShortName, reader.LocationAt(readOffset), "reads");
        steps.Add(new ChainStep(field.FullName, field.DisplayName, null));
        return steps;
    }
}
