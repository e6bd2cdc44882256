using System.IO;
using System.Linq;
using InitOrder.Analysis.Reuse;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reuse;

/// <summary>
/// A project rebuilt into the same folder, the way an inner loop does: the previous verification is reused exactly
/// when nothing it read changed, and a reused verification reports what a fresh one reports.
/// </summary>
public sealed class ResultReuseTests
{
    private const string TouchesTarget = "Helper.Step();";

    [Fact]
    public void An_edit_of_a_method_the_verification_never_read_reuses_it()
    {
        var project = new RebuiltProject();
        var first = project.Verify(project.Build());
        Assert.False(first.Stats.Reused);
        Assert.Single(first.Violations);

        // New locals and a new string literal in a method nothing calls: no declaration changes, no read body changes.
        var edited = project.Build(unread: "string text = \"a literal the first build did not have\"; int a = 2; int b = a * 3; return text is null ? a : b;");
        var second = project.Verify(edited);

        Assert.True(second.Stats.Reused);
        Assert.Equal(ReportSnapshot.Findings(Fresh(edited)), ReportSnapshot.Findings(second));
        Assert.Equal(ReportSnapshot.Findings(first), ReportSnapshot.Findings(second));
        Assert.Equal(new[] { new PhaseTime("reuse", second.Stats.Milliseconds) }, second.Stats.Phases);
    }

    [Fact]
    public void An_edit_of_a_method_the_verification_read_verifies_again()
    {
        var project = new RebuiltProject();
        Assert.Single(project.Verify(project.Build()).Violations);

        var fixedStep = project.Build(step: "Unrelated.Touch();");
        var second = project.Verify(fixedStep);

        Assert.False(second.Stats.Reused);
        Assert.Empty(second.Violations);
        Assert.Equal(ReportSnapshot.Findings(Fresh(fixedStep)), ReportSnapshot.Findings(second));
    }

    [Fact]
    public void Lines_that_moved_in_a_read_method_verify_again()
    {
        var project = new RebuiltProject();
        var first = project.Verify(project.Build());

        var moved = project.Build(linesBefore: 3);
        var second = project.Verify(moved);

        Assert.False(second.Stats.Reused);
        Assert.Equal(first.Violations[0].Location!.Line + 3, second.Violations[0].Location!.Line);
    }

    [Fact]
    public void A_new_declaration_a_changed_setting_or_a_changed_reference_verifies_again()
    {
        var project = new RebuiltProject();
        project.Verify(project.Build());

        var declared = project.Build(extra: "public static class Extra { }");
        Assert.False(project.Verify(declared).Stats.Reused);
        Assert.True(project.Verify(declared).Stats.Reused);

        declared.AllStaticConstructorsRunFirst = true;
        Assert.False(project.Verify(declared).Stats.Reused);
        Assert.True(project.Verify(declared).Stats.Reused);

        // The library is rebuilt in place: same path, new size or time.
        project.BuildLibrary("public static int Version() => 2;");
        var rebuilt = project.Verify(declared);
        Assert.False(rebuilt.Stats.Reused);
        Assert.Equal(ReportSnapshot.Findings(Fresh(declared)), ReportSnapshot.Findings(rebuilt));
    }

    [Fact]
    public void A_damaged_cut_or_foreign_file_is_ignored_and_replaced()
    {
        var project = new RebuiltProject();
        var request = project.Build();
        string expected = ReportSnapshot.Findings(project.Verify(request));
        string file = Path.Combine(project.ReuseFolder, ResultReuse.FileName);
        byte[] good = File.ReadAllBytes(file);

        var damaged = new[]
        {
            good.Take(good.Length / 2).ToArray(),
            good.Select((b, i) => i == good.Length / 2 ? (byte)(b ^ 0x5A) : b).ToArray(),
            System.Text.Encoding.UTF8.GetBytes("not a verification"),
            new byte[0],
        };
        foreach (byte[] bytes in damaged)
        {
            File.WriteAllBytes(file, bytes);
            var result = project.Verify(request);
            Assert.False(result.Stats.Reused);
            Assert.Equal(expected, ReportSnapshot.Findings(result));
            Assert.Empty(result.Problems);
            Assert.True(project.Verify(request).Stats.Reused, "the file was not replaced");
        }

        // Another project's verification, even of an assembly with the same name and contents, is not this project's.
        var other = new RebuiltProject();
        var otherRequest = other.Build();
        Directory.CreateDirectory(other.ReuseFolder);
        File.Copy(file, Path.Combine(other.ReuseFolder, ResultReuse.FileName));
        Assert.False(other.Verify(otherRequest).Stats.Reused);
    }

    /// <summary>The same request verified from scratch.</summary>
    private static VerificationResult Fresh(VerificationRequest request) =>
        Verifier.Verify(new VerificationRequest(request.AssemblyPath, request.ReferencePaths, request.SourceRoots, request.ProjectDirectory)
        {
            AllStaticConstructorsRunFirst = request.AllStaticConstructorsRunFirst,
        });


    /// <summary>One project folder whose App (over a small library) is rebuilt in place, as a build rebuilds obj/.</summary>
    private sealed class RebuiltProject
    {
        private readonly string _folder = TestFolders.NewFolder("rebuilt");
        private CompiledAssembly? _library;

        public string ReuseFolder => Path.Combine(_folder, "obj", "initorder");

        public void BuildLibrary(string members) =>
            _library = TestAssemblyBuilder.Create("Lib").WithoutGenerator().MapSourcePaths("/_/")
                .Source("Lib.cs", "namespace Lib { public static class Api { " + members + " } }").Emit(Path.Combine(_folder, "lib"));

        public VerificationRequest Build(string step = "Target.Touch();", string unread = "return 1;", string extra = "", int linesBefore = 0)
        {
            if (_library is null)
            {
                BuildLibrary("public static int Version() => 1;");
            }

            string declarations = "public static class Helper { public static void Step() { " + step + " } }\n"
                + "public static class Unread { public static int Run() { " + unread + " } }\n" + extra;
            var app = TestAssemblyBuilder.Create("App").MapSourcePaths("/_/").Reference(_library!)
                .Source("Early.cs", new string('\n', linesBefore) + EarlyInitializerScenario.EarlySource(TouchesTarget + " Lib.Api.Version();", declarations))
                .Bootstrap()
                .Source("Types.cs", EarlyInitializerScenario.Types)
                .Emit(Path.Combine(_folder, "bin"));
            return new VerificationRequest(app.Path, app.ReferencePaths, null, _folder);
        }

        public VerificationResult Verify(VerificationRequest request)
        {
            request.ReuseDirectory = ReuseFolder;
            return Verifier.Verify(request);
        }
    }
}
