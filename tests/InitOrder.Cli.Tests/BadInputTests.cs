using System.IO;
using InitOrder.Cli.Tests.Infrastructure;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Cli.Tests;

/// <summary>Files that are not usable assemblies are the verifier's INIT2xx errors, not crashes.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void A_file_that_is_not_an_assembly_is_INIT201_with_exit_code_1()
    {
        string path = Path.Combine(TestFolders.NewFolder("garbage"), "Garbage.dll");
        File.WriteAllText(path, "this is not a portable executable");

        var result = InitOrderCommand.Run("check", path, "--target", "Anything");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.OutputLines, l => l.StartsWith(path + ": error INIT201: Cannot verify '"));
        Assert.Contains(result.OutputLines, l => l.StartsWith("Failed: 0 violations, 1 error, 0 warnings ("));
    }

    [Fact]
    public void A_reference_assembly_is_INIT205()
    {
        string output = TestFolders.NewFolder("refasm");
        var reference = TestAssemblyBuilder.Create("RefOnly").WithoutGenerator().AsReferenceAssembly()
            .Source("A.cs", "namespace R; public static class A { public static int X; }").Emit(output);

        var result = InitOrderCommand.Run("check", reference.Path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.OutputLines, l => l.Contains(": error INIT205: "));
    }
}
