using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Guards;

/// <summary>
/// The methods of a class and its nested types that may make a private field hold anything but its default (or, for a
/// static field, of its whole assembly): a store of anything but a constant <c>false</c> (<c>ldc.i4.0; stfld</c>), or
/// taking its address. A body that cannot be read counts as a writer.
/// </summary>
internal static class FieldWriters
{
    private const int MaxNestingDepth = 16;

    /// <summary>
    /// For every static field of <paramref name="assembly"/>, the methods of the assembly that may set it (see
    /// <see cref="FieldGuards.OfStaticField"/>), in one pass over its bodies; a body that cannot be read is filed under
    /// <see cref="AnyStaticField"/>, a writer of every field.
    /// </summary>
    public static Dictionary<int, List<MethodNode>> StaticStoresIn(FactStore store, Loading.LoadedAssembly assembly)
    {
        var writers = new Dictionary<int, List<MethodNode>>();
        foreach (var handle in assembly.Reader.MethodDefinitions)
        {
            try
            {
                if (assembly.GetBody(handle) is not { } body)
                {
                    continue;
                }

                var instructions = GuardInstructions.Read(body);
                HashSet<int>? jumpTargets = null;
                for (int i = 0; i < instructions.Count; i++)
                {
                    if (instructions[i].OpCode is ILOpCode.Stsfld or ILOpCode.Ldsflda && MaySet(instructions, i, ref jumpTargets) &&
                        FieldKey(store, assembly, instructions[i].Token) is { } key)
                    {
                        AddWriter(writers, key, store.Node(assembly, handle));
                    }
                }
            }
            catch (System.BadImageFormatException)
            {
                AddWriter(writers, AnyStaticField, store.Node(assembly, handle));
            }
        }

        return writers;
    }

    /// <summary>The key of the methods whose bodies could not be read, which may write any static field.</summary>
    public const int AnyStaticField = 0;

    /// <summary>
    /// The field definition token a store names in <paramref name="assembly"/> (a field of a generic class is named through a
    /// member reference); null for a field of another assembly; <see cref="AnyStaticField"/> when it cannot be told.
    /// </summary>
    private static int? FieldKey(FactStore store, Loading.LoadedAssembly assembly, int token)
    {
        var handle = MetadataTokens.EntityHandle(token);
        if (handle.Kind == HandleKind.FieldDefinition)
        {
            return token;
        }

        if (handle.Kind != HandleKind.MemberReference || store.Context.Members.ResolveFieldDeclaringType(assembly, assembly.Members.Get(handle)) is not { } owner)
        {
            return AnyStaticField;
        }

        if (owner.Assembly != assembly)
        {
            return null;
        }

        string name = assembly.Members.Get(handle).Name;
        foreach (var field in owner.Definition.GetFields())
        {
            if (assembly.Reader.StringComparer.Equals(assembly.Reader.GetFieldDefinition(field).Name, name))
            {
                return MetadataTokens.GetToken(field);
            }
        }

        return AnyStaticField;
    }

    /// <summary>
    /// Whether the store or address-taking at <paramref name="index"/> may leave anything but false: a store of constant
    /// false (<c>ldc.i4.0</c> right before it) does not, if nothing can jump to the store with another value on the stack.
    /// </summary>
    private static bool MaySet(List<GuardInstruction> instructions, int index, ref HashSet<int>? jumpTargets)
    {
        var instruction = instructions[index];
        return instruction.OpCode is ILOpCode.Ldflda or ILOpCode.Ldsflda || index == 0 || instructions[index - 1].OpCode != ILOpCode.Ldc_i4_0 ||
            (jumpTargets ??= GuardInstructions.JumpTargets(instructions)).Contains(instruction.Offset);
    }

    private static void AddWriter(Dictionary<int, List<MethodNode>> writers, int token, MethodNode writer)
    {
        if (!writers.TryGetValue(token, out var list))
        {
            list = new List<MethodNode>();
            writers.Add(token, list);
        }

        if (list.Count == 0 || list[list.Count - 1] != writer)
        {
            list.Add(writer);
        }
    }

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
            HashSet<int>? jumpTargets = null;
            for (int i = 0; i < instructions.Count; i++)
            {
                if (instructions[i].Token == fieldToken && instructions[i].OpCode is ILOpCode.Ldflda or ILOpCode.Stfld && MaySet(instructions, i, ref jumpTargets))
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
