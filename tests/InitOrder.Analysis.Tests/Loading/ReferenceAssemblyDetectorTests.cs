using System.Linq;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Loading;

public sealed class ReferenceAssemblyDetectorTests
{
    [Fact]
    public void Framework_reference_pack_assembly_is_a_reference_assembly()
    {
        using var runtime = AssemblyFileReader.Read(Net80References.Paths.Single(p => p.EndsWith("System.Runtime.dll", System.StringComparison.Ordinal)));

        Assert.True(runtime.IsReferenceAssembly);
    }

    [Fact]
    public void Compiler_produced_reference_assembly_is_detected_by_its_attribute()
    {
        using var reference = AssemblyFileReader.Read(TestAssemblyBuilder.Create("Lib").WithoutGenerator()
            .Source("Lib.cs", "namespace Lib { public static class Api { public static int Hello() => 1; } }").AsReferenceAssembly().Emit().Path);

        Assert.True(reference.IsReferenceAssembly);
    }

    [Fact]
    public void Ordinary_assembly_is_an_implementation()
    {
        using var implementation = AssemblyFileReader.Read(typeof(ReferenceAssemblyDetectorTests).Assembly.Location);

        Assert.False(implementation.IsReferenceAssembly);
    }
}
