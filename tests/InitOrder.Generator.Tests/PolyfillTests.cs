using System.Linq;
using InitOrder.Generator.Emit;
using InitOrder.Generator.Model;
using InitOrder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InitOrder.Generator.Tests;

public sealed class PolyfillTests
{
    private static CompilationFacts Facts(int languageVersion, bool hasAttribute)
        => new(languageVersion, hasAttribute, HasBootstrap: false, "Consumer", EquatableArray<string>.Empty);

    [Fact]
    public void No_polyfill_when_the_framework_has_the_attribute()
    {
        Assert.DoesNotContain("class ModuleInitializerAttribute", InitializerEmitter.Emit(Facts(1200, hasAttribute: true)));
    }

    [Fact]
    public void CSharp11_and_later_get_a_file_local_polyfill_that_compiles_cleanly_next_to_the_real_one()
    {
        var text = InitializerEmitter.Emit(Facts(1100, hasAttribute: false));
        Assert.Contains("file sealed class ModuleInitializerAttribute", text);

        var compilation = GeneratorHarness.Compile(new[]
        {
            ("/gen/init.cs", text),
            ("/gen/patches.cs", "namespace InitOrder { static class InitPatches { internal static void ApplyAll() { } } } namespace Microsoft.CodeAnalysis { sealed class EmbeddedAttribute : System.Attribute { } }"),
            ("/src/user.cs", "static class U { [System.Runtime.CompilerServices.ModuleInitializer] internal static void I() { } }"),
        });

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void CSharp9_and_10_get_an_internal_polyfill()
    {
        Assert.Contains("internal sealed class ModuleInitializerAttribute", InitializerEmitter.Emit(Facts(1000, hasAttribute: false)));
    }

    [Fact]
    public void Facts_see_the_framework_attribute_in_net8_references()
    {
        var run = GeneratorHarness.Run("class C { [InitOrder.InitPatch(typeof(object))] internal static void M() { } }", languageVersion: LanguageVersion.CSharp11);

        Assert.DoesNotContain("class ModuleInitializerAttribute", run.Source(InitializerEmitter.HintName));
    }
}
