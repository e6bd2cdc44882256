using System.Threading.Tasks;
using InitOrder.Tests.Direct;
using Microsoft.CodeAnalysis.Testing;

namespace InitOrder.Generator.Tests.Analyzers;

/// <summary>The direct-violation analyzer alone, in the Roslyn testing style.</summary>
internal static class Direct
{
    public static Task VerifyAsync(params string[] sources) => DirectViolationTest<EmptyCodeFixProvider>.VerifyAsync(sources);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => DirectViolationTest<EmptyCodeFixProvider>.VerifyAsync(new[] { source }, expected);

    public static DiagnosticResult Expect(string id, int location, string message) => DirectViolationTest<EmptyCodeFixProvider>.Expect(id, location, message);
}
