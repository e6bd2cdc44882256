using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InitOrder.Generator.Parsing;

/// <summary>How a patch method is named at run time and in generated code.</summary>
internal static class PatchNames
{
    /// <summary>Namespace.Type.Method with nested types joined by '+', the form users see in InitPatches.Applied.</summary>
    public static string FullName(IMethodSymbol method) => MetadataName(method.ContainingType) + "." + method.Name;

    /// <summary>The fully qualified C# expression for the method, keywords escaped.</summary>
    public static string InvocationTarget(IMethodSymbol method)
        => method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + EscapeIdentifier(method.Name);

    /// <summary>Namespace-qualified metadata name (Ns.Outer+Inner, Ns.Cache`1): what the verifier matches in IL.</summary>
    public static string MetadataName(INamedTypeSymbol type)
    {
        var builder = new StringBuilder();
        AppendMetadataName(builder, type);
        return builder.ToString();
    }

    private static void AppendMetadataName(StringBuilder builder, INamedTypeSymbol type)
    {
        if (type.ContainingType is { } outer)
        {
            AppendMetadataName(builder, outer);
            builder.Append('+');
        }
        else if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
        {
            AppendNamespace(builder, ns);
            builder.Append('.');
        }

        builder.Append(type.MetadataName);
    }

    // Metadata names are never keyword-escaped: `namespace @event` is "event" at run time.
    private static void AppendNamespace(StringBuilder builder, INamespaceSymbol ns)
    {
        if (ns.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            AppendNamespace(builder, parent);
            builder.Append('.');
        }

        builder.Append(ns.MetadataName);
    }

    private static string EscapeIdentifier(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
