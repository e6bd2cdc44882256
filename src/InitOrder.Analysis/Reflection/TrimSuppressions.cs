using System;
using System.Reflection.Metadata;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// <c>[UnconditionalSuppressMessage(…, "IL2xxx")]</c> on a method (or on the method a lambda, local function or state
/// machine was written in, as ILLink matches them; by check id, whatever the category): its authors state
/// that the System.Type values its reflection hands to [DynamicallyAccessedMembers] carry what the annotation asks for by
/// other means, which the trimmer then trusts (DI's <c>MakeGenericType</c> of a registered open generic, whose
/// constructors the registration's annotation kept; a <c>GetUninitializedObject</c> only ever given value types). The
/// analysis trusts the same statement: inside such a method a Type of unknown origin reaching an annotation adds no rule,
/// since the members it stands for were reached where the value was produced and checked (the registration runs before
/// the resolve that uses it). IL2026 (calling [RequiresUnreferencedCode] code) is not such a statement: that call keeps
/// its rule. The assumption is stated in eng/soundness.md.
/// </summary>
internal static class TrimSuppressions
{
    private const string SuppressAttribute = "System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessageAttribute";

    /// <summary>Whether the method, or the user method its compiler-generated code belongs to, suppresses a trim data-flow warning.</summary>
    public static bool VouchesForTypeFlows(LoadedAssembly assembly, MethodDefinitionHandle method)
    {
        var reader = assembly.Reader;
        var definition = reader.GetMethodDefinition(method);
        if (Suppresses(assembly, definition.GetCustomAttributes()))
        {
            return true;
        }

        // <Run>b__0_0, <Run>g__Local|1_0 and the state machine or closure type <Run>d__3 name the method they were written in.
        string? owner = CompilerGeneratedCode.UserMethodName(assembly.Strings.Get(definition.Name));
        var type = definition.GetDeclaringType();
        for (int depth = 0; !type.IsNil && depth < 8; depth++)
        {
            var typeDefinition = reader.GetTypeDefinition(type);
            string typeName = assembly.Strings.Get(typeDefinition.Name);
            if (typeName.StartsWith("<", StringComparison.Ordinal))
            {
                owner ??= CompilerGeneratedCode.UserMethodName(typeName);
            }
            else if (owner is not null)
            {
                foreach (var handle in typeDefinition.GetMethods())
                {
                    var candidate = reader.GetMethodDefinition(handle);
                    if (reader.StringComparer.Equals(candidate.Name, owner) && Suppresses(assembly, candidate.GetCustomAttributes()))
                    {
                        return true;
                    }
                }

                return false;
            }

            type = typeDefinition.GetDeclaringType();
        }

        return false;
    }

    private static bool Suppresses(LoadedAssembly assembly, CustomAttributeHandleCollection attributes)
    {
        var reader = assembly.Reader;
        foreach (var handle in attributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (AttributeNames.TypeOf(assembly, attribute.Constructor) == SuppressAttribute && IsTrimDataFlow(reader, attribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The blob: prolog 0x0001, then the category and the check id as serialized strings; ILLink matches the id only.</summary>
    private static bool IsTrimDataFlow(MetadataReader reader, CustomAttribute attribute)
    {
        try
        {
            var blob = reader.GetBlobReader(attribute.Value);
            if (blob.Length < 2 || blob.ReadUInt16() != 1)
            {
                return false;
            }

            blob.ReadSerializedString();
            string? checkId = blob.ReadSerializedString();
            return checkId is not null && checkId.StartsWith("IL2", StringComparison.Ordinal) && !checkId.StartsWith("IL2026", StringComparison.Ordinal);
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
