using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Discovery;

/// <summary>
/// Reads every <c>[InitOrder.AcceptViolation(code, Target = ..., Patch = ..., Justification = ...)]</c> of the analysed
/// assembly, on its methods and on the assembly itself, in metadata order (stable between builds).
/// </summary>
internal static class AcceptanceReader
{
    public static List<DeclaredAcceptance> Read(LoadedAssembly assembly)
    {
        var reader = assembly.Reader;
        var found = new List<DeclaredAcceptance>();
        foreach (var handle in reader.CustomAttributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            var parent = attribute.Parent;
            if ((parent.Kind != HandleKind.MethodDefinition && parent.Kind != HandleKind.AssemblyDefinition)
                || AttributeNames.TypeOf(assembly, attribute.Constructor) != InitOrderNames.AcceptViolationAttributeType)
            {
                continue;
            }

            var method = parent.Kind == HandleKind.MethodDefinition ? (MethodDefinitionHandle)parent : default;
            if (Decode(assembly, attribute, method) is { } acceptance)
            {
                found.Add(acceptance);
            }
        }

        return found;
    }

    /// <summary>Null for a blob that does not decode or lacks the code; such an attribute cannot accept anything.</summary>
    private static DeclaredAcceptance? Decode(LoadedAssembly assembly, CustomAttribute attribute, MethodDefinitionHandle method)
    {
        CustomAttributeValue<string> value;
        try
        {
            value = attribute.DecodeValue(new AttributeTypeProvider(assembly));
        }
        catch (Exception e) when (e is BadImageFormatException || e is OutOfMemoryException || e is ArgumentException)
        {
            return null;
        }

        if (value.FixedArguments.Length != 1 || value.FixedArguments[0].Value is not string code)
        {
            return null;
        }

        string? target = null;
        string? patch = null;
        string justification = "";
        foreach (var named in value.NamedArguments)
        {
            switch (named.Name, named.Value)
            {
                case (InitOrderNames.AcceptTargetProperty, string type):
                    target = SerializedTypeName.ToDefinitionName(type);
                    break;
                case (InitOrderNames.AcceptPatchProperty, string name) when name.Trim().Length > 0:
                    patch = name.Trim();
                    break;
                case (InitOrderNames.AcceptJustificationProperty, string text):
                    justification = text;
                    break;
            }
        }

        return new DeclaredAcceptance(code, target, patch, justification, method);
    }
}
