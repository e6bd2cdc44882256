using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace InitOrder.Generator.Parsing;

/// <summary>
/// Finds the referenced assemblies that carry InitOrder patches (they expose a public entry type named after the
/// assembly) and orders them so that a library comes before the libraries that reference it.
/// </summary>
internal static class PatchLibraryFinder
{
    public const string EntryNamespace = "InitOrder.Generated";
    public const string EntryPrefix = "AssemblyPatches_";

    public static string EntryTypeName(string assemblyName)
    {
        var chars = assemblyName.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsLetterOrDigit(chars[i]))
            {
                chars[i] = '_';
            }
        }

        return EntryPrefix + new string(chars);
    }

    public static List<string> Find(Compilation compilation, CancellationToken cancellationToken)
    {
        var libraries = new Dictionary<IAssemblySymbol, string>(SymbolEqualityComparer.Default);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = assembly.GetTypeByMetadataName(EntryNamespace + "." + EntryTypeName(assembly.Name));
            if (entry is { DeclaredAccessibility: Accessibility.Public })
            {
                libraries[assembly] = assembly.Name;
            }
        }

        return DependencyOrder(libraries);
    }

    /// <summary>Depth-first over references, emitting dependencies first; ties broken by ordinal name so the order is stable.</summary>
    private static List<string> DependencyOrder(Dictionary<IAssemblySymbol, string> libraries)
    {
        var ordered = new List<string>();
        var visited = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
        foreach (var library in libraries.Keys.OrderBy(a => a.Name, System.StringComparer.Ordinal))
        {
            Visit(library, libraries, visited, ordered);
        }

        return ordered;
    }

    private static void Visit(IAssemblySymbol root, Dictionary<IAssemblySymbol, string> libraries, HashSet<IAssemblySymbol> visited, List<string> ordered)
    {
        // Iterative post-order: reference graphs can be deep, and cycles between assemblies must not loop.
        var stack = new Stack<(IAssemblySymbol Assembly, bool Expanded)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (assembly, expanded) = stack.Pop();
            if (expanded)
            {
                if (libraries.TryGetValue(assembly, out var name))
                {
                    ordered.Add(name);
                }

                continue;
            }

            if (!visited.Add(assembly))
            {
                continue;
            }

            stack.Push((assembly, true));
            var dependencies = assembly.Modules.SelectMany(m => m.ReferencedAssemblySymbols)
                .Where(libraries.ContainsKey)
                .OrderByDescending(a => a.Name, System.StringComparer.Ordinal);
            foreach (var dependency in dependencies)
            {
                stack.Push((dependency, false));
            }
        }
    }
}
