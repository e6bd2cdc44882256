using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Guards;

/// <summary>
/// The methods of a class and its nested types that may make a private field hold anything but its default: a store of
/// anything but a constant <c>false</c> (<c>ldc.i4.0; stfld</c>), or taking its address. A body that cannot be read
/// counts as a writer.
/// </summary>
internal static class FieldWriters
{
    private const int MaxNestingDepth = 16;

    public static IReadOnlyList<MethodNode> Find(FactStore store, ResolvedType type, FieldDefinitionHandle field)
    {
        var writers = new List<MethodNode>();
        Collect(store, type, field, writers, 0);
        return writers;
    }

    private static void Collect(FactStore store, ResolvedType type, FieldDefinitionHandle field, List<MethodNode> writers, int depth)
    {
        var assembly = type.Assembly;
        foreach (var handle in type.Definition.GetMethods())
        {
            if (Writes(assembly, handle, field))
            {
                writers.Add(store.Node(assembly, handle));
            }
        }

        if (depth < MaxNestingDepth)
        {
            foreach (var nested in type.Definition.GetNestedTypes())
            {
                Collect(store, new ResolvedType(assembly, nested), field, writers, depth + 1);
            }
        }
    }

    private static bool Writes(Loading.LoadedAssembly assembly, MethodDefinitionHandle handle, FieldDefinitionHandle field)
    {
        try
        {
            if (assembly.GetBody(handle) is not { } body)
            {
                return false;
            }

            int fieldToken = MetadataTokens.GetToken(field);
            var instructions = GuardInstructions.Read(body);
            var jumpTargets = GuardInstructions.JumpTargets(instructions);
            for (int i = 0; i < instructions.Count; i++)
            {
                var instruction = instructions[i];
                if (instruction.Token != fieldToken)
                {
                    continue;
                }

                // A store of constant false only if nothing else can reach the store with another value on the stack.
                bool storesFalse = instruction.OpCode == ILOpCode.Stfld && i > 0 && instructions[i - 1].OpCode == ILOpCode.Ldc_i4_0 &&
                    !jumpTargets.Contains(instruction.Offset);
                if (instruction.OpCode is ILOpCode.Ldflda or ILOpCode.Stfld && !storesFalse)
                {
                    return true;
                }
            }

            return false;
        }
        catch (System.BadImageFormatException)
        {
            return true;
        }
    }
}
