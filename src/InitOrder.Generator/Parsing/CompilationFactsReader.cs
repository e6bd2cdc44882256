using System.Threading;
using InitOrder.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InitOrder.Generator.Parsing;

internal static class CompilationFactsReader
{
    public const string BootstrapTypeName = "InitOrder.Generated.InitOrderBootstrap";
    private const string ModuleInitializerAttributeName = "System.Runtime.CompilerServices.ModuleInitializerAttribute";

    public static CompilationFacts Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var languageVersion = compilation is CSharpCompilation csharp ? (int)csharp.LanguageVersion : 0;

        // The attribute counts only if this assembly can use it; an ambiguous or inaccessible one means we need our own.
        var attribute = compilation.GetTypeByMetadataName(ModuleInitializerAttributeName);
        var hasAttribute = attribute is not null && compilation.IsSymbolAccessibleWithin(attribute, compilation.Assembly);

        // Only this assembly's source can hold the bootstrap; the generator's own output is never in this compilation.
        var hasBootstrap = compilation.Assembly.GetTypeByMetadataName(BootstrapTypeName) is not null;

        var libraries = PatchLibraryFinder.Find(compilation, cancellationToken);
        return new CompilationFacts(languageVersion, hasAttribute, hasBootstrap, compilation.AssemblyName ?? string.Empty, new EquatableArray<string>(libraries));
    }
}
