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
                    var instruction = instructions[i];
                    if (instruction.OpCode is not (ILOpCode.Stsfld or ILOpCode.Ldsflda))
                    {
                        continue;
                    }

                    bool storesFalse = instruction.OpCode == ILOpCode.Stsfld && i > 0 && instructions[i - 1].OpCode == ILOpCode.Ldc_i4_0 &&
                        !(jumpTargets ??= GuardInstructions.JumpTargets(instructions)).Contains(instruction.Offset);
                    if (!storesFalse && FieldKey(store, assembly, instruction.Token) is { } key)
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
            var jumpTargets = GuardInstructions.JumpTargets(instructions);
            for (int i = 0; i < instructions.Count; i++)
            {
                var instruction = instructions[i];
                if (instruction.Token != fieldToken)
                {
                    continue;
                }

                // A store of constant false only if nothing else can reach the store with another value on the stack.
                bool storesFalse = instruction.OpCode is ILOpCode.Stfld or ILOpCode.Stsfld && i > 0 && instructions[i - 1].OpCode == ILOpCode.Ldc_i4_0 &&
                    !jumpTargets.Contains(instruction.Offset);
                if (instruction.OpCode is ILOpCode.Ldflda or ILOpCode.Stfld or ILOpCode.Ldsflda or ILOpCode.Stsfld && !storesFalse)
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
