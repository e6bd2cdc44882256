using System.IO;
using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Verification;

/// <summary>Inputs the verifier cannot fully use still produce a clear diagnostic and never an exception.</summary>
public sealed class BadInputTests
{
    private const string Body = "Helper.Run();";
    private const string Declarations = "internal static class Helper { internal static void Run() => Target.Touch(); }";

    [Fact]
    public void Garbage_bytes_are_INIT201()
    {
        string path = Path.Combine(TestFolders.NewFolder("garbage"), "App.dll");
        File.WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes("this is not an assembly at all, just some text"));

        AssertUnreadable(Verifier.Verify(new VerificationRequest(path)));
    }

    [Fact]
    public void Truncated_assembly_is_INIT201()
    {
        var app = EarlyInitializerScenario.Compile(Body, Declarations);
        byte[] bytes = File.ReadAllBytes(app.Path);
        File.WriteAllBytes(app.Path, bytes.Take(bytes.Length / 3).ToArray());

        AssertUnreadable(app.Verify());
    }

    [Fact]
    public void Native_image_without_metadata_is_INIT201()
    {
        string path = Path.Combine(TestFolders.NewFolder("native"), "native.dll");
        File.WriteAllBytes(path, BinaryFixtures.NativePortableExecutable());

        var problem = AssertUnreadable(Verifier.Verify(new VerificationRequest(path)));
        Assert.Contains("without .NET metadata", problem.Message);
    }

    [Fact]
    public void Missing_file_is_INIT201()
    {
        AssertUnreadable(Verifier.Verify(new VerificationRequest(Path.Combine(TestFolders.Root, "does-not-exist.dll"))));
    }

    [Fact]
    public void Reference_assembly_input_is_INIT205()
    {
        var reference = TestAssemblyBuilder.Create("App").Source("Early.cs", EarlyInitializerScenario.EarlySource(Body, Declarations))
            .Bootstrap().Source("Types.cs", EarlyInitializerScenario.Types).AsReferenceAssembly().Emit();

        var result = reference.Verify();

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("INIT205", ProblemSeverity.Error), (problem.Code, problem.Severity));
        Assert.Equal("App", result.AssemblyName);
    }

    [Fact]
    public void Without_a_PDB_violations_are_still_found_without_lines_and_INIT202_is_a_message()
    {
        var app = TestAssemblyBuilder.Create("App").Pdb(PdbKind.None)
            .Source("Early.cs", EarlyInitializerScenario.EarlySource(Body, Declarations)).Bootstrap().Source("Types.cs", EarlyInitializerScenario.Types).Emit();

        var result = app.Verify();

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("INIT202", ProblemSeverity.Message), (problem.Code, problem.Severity));
        var violation = Assert.Single(result.Violations);
        Assert.All(violation.Chain, step => Assert.Null(step.Location));
        Assert.Contains("reaches it: Early.Init() \u2192 Helper.Run() \u2192 Target.Touch().", violation.Message);
    }

    [Fact]
    public void Embedded_PDB_gives_lines()
    {
        var app = TestAssemblyBuilder.Create("App").Pdb(PdbKind.Embedded)
            .Source("Early.cs", EarlyInitializerScenario.EarlySource(Body, Declarations)).Bootstrap().Source("Types.cs", EarlyInitializerScenario.Types).Emit();

        var result = app.Verify();

        Assert.Empty(result.Problems);
        Assert.Equal(12, Assert.Single(result.Violations).Location?.Line);
    }

    [Fact]
    public void PDB_of_another_build_is_ignored_with_INIT203()
    {
        var app = EarlyInitializerScenario.Compile(Body, Declarations);
        var other = EarlyInitializerScenario.Compile("Console.WriteLine(); " + Body, Declarations);
        File.Copy(other.PdbPath!, app.PdbPath!, overwrite: true);

        var result = app.Verify();

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("INIT203", ProblemSeverity.Warning), (problem.Code, problem.Severity));
        Assert.Contains("App.pdb", problem.Message);
        Assert.Null(Assert.Single(result.Violations).Location);
    }

    [Fact]
    public void Malformed_method_body_is_INIT204_and_listed_as_not_followed()
    {
        var app = EarlyInitializerScenario.Compile(Body, Declarations);
        BinaryFixtures.CorruptMethodBody(app.Path, "Helper", "Run");

        var result = app.Verify();

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("INIT204", ProblemSeverity.Warning), (problem.Code, problem.Severity));
        Assert.Contains("Sample.Helper.Run()", problem.Message);
        Assert.Contains(result.NotFollowed, n => n.What == "Sample.Helper.Run()" && n.Why.StartsWith("malformed", System.StringComparison.Ordinal));
        Assert.Empty(result.Violations);
    }

    private static Problem AssertUnreadable(VerificationResult result)
    {
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("INIT201", ProblemSeverity.Error), (problem.Code, problem.Severity));
        // One sentence end: the reader's own messages end with a period too ("Image is too small.").
        Assert.False(problem.Message.EndsWith("..", System.StringComparison.Ordinal), problem.Message);
        Assert.Null(result.AssemblyName);
        Assert.True(result.HasErrors);
        return problem;
    }
}
