using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using InitOrder.Analysis.Reports;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Robustness;

/// <summary>
/// Reports are checked in, diffed and attached to bug reports: they name no folder of the machine outside
/// the project (references live in the NuGet cache, a temp folder, another drive) and carry no time of day,
/// whatever went wrong with the references. Only <c>stats.milliseconds</c> in the JSON report varies.
/// </summary>
public sealed class ReportPrivacyTests
{
    private const string LibrarySource = "namespace Lib { public static class Api { public static void Call() { } } }";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reports_hold_no_path_outside_the_project_and_no_time(bool withPdb)
    {
        var (request, outsidePaths) = BuildWithTroubledReferences(withPdb ? PdbKind.File : PdbKind.None);

        var result = BoundedRun.Run(() => Verifier.Verify(request), BoundedRun.HangBound, "Verify");

        Assert.NotEmpty(result.Violations);
        Assert.Contains(result.Problems, p => p.Code == DiagnosticCodes.MalformedMethodBody);
        Assert.True(result.NotFollowed.Count >= 4, string.Join("\n", result.NotFollowed.Select(n => n.What + ": " + n.Why)));
        string json = Regex.Replace(ReportJsonWriter.Write(result), "\"stats\": \\{[^}]*\\}", "\"stats\": {}");
        string markdown = ReportMarkdownWriter.Write(result);
        foreach (string report in new[] { json, markdown })
        {
            foreach (string outside in outsidePaths)
            {
                Assert.DoesNotContain(outside, report);
            }

            Assert.DoesNotMatch(AbsolutePath, report);
            Assert.DoesNotMatch(TimeOfDay, report);
        }
    }

    /// <summary>Rooted paths as any of the three desktop systems write them, wherever they start in the text.</summary>
    private static readonly Regex AbsolutePath = new(@"(^|[\s'""(])(/[^\s/'""]+/|[A-Za-z]:[\\/]|\\\\[^\s\\]+\\)", RegexOptions.Multiline);

    /// <summary>Dates and clock times in the common machine formats.</summary>
    private static readonly Regex TimeOfDay = new(@"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}:\d{2}|\d{1,2}/\d{1,2}/\d{4}");

    /// <summary>
    /// An application in its project folder whose references lie outside it: the framework reference pack, a
    /// library with a broken method body, a reference file that is not an assembly, one whose file holds another
    /// assembly, and one whose file is gone.
    /// </summary>
    private static (VerificationRequest Request, IReadOnlyList<string> OutsidePaths) BuildWithTroubledReferences(PdbKind pdb)
    {
        var library = TestAssemblyBuilder.Create("Lib").WithoutGenerator().Source("Lib.cs", LibrarySource).Emit();
        var broken = TestAssemblyBuilder.Create("Broken").WithoutGenerator().Source("Broken.cs", LibrarySource.Replace("Lib", "Broken")).Emit();
        var renamed = TestAssemblyBuilder.Create("Renamed").WithoutGenerator().Source("Renamed.cs", LibrarySource.Replace("Lib", "Renamed")).Emit();
        var missing = TestAssemblyBuilder.Create("Missing").WithoutGenerator().Source("Missing.cs", LibrarySource.Replace("Lib", "Missing")).Emit();
        var app = TestAssemblyBuilder.Create("App").Pdb(pdb).Reference(library).Reference(broken).Reference(renamed).Reference(missing)
            .Source("Early.cs", EarlyInitializerScenario.EarlySource(
                "Lib.Api.Call(); Broken.Api.Call(); Renamed.Api.Call(); Missing.Api.Call(); Console.WriteLine(); Target.Touch();", ""))
            .Bootstrap()
            .Source("Types.cs", EarlyInitializerScenario.Types)
            .Emit();

        // After compiling: Lib's method gets a broken body, Broken.dll becomes garbage, Renamed.dll the file of another
        // assembly, and Missing.dll goes away.
        BinaryFixtures.CorruptMethodBody(library.Path, "Api", "Call");
        File.WriteAllText(broken.Path, "not an assembly");
        File.Copy(library.Path, renamed.Path, overwrite: true);
        File.Delete(missing.Path);

        var references = Net80References.Paths.Concat(new[] { library.Path, broken.Path, renamed.Path, missing.Path }).ToList();
        var request = new VerificationRequest(app.Path, references, null, app.ProjectDirectory);
        var outside = new[] { TestFolders.Root, Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar), library.ProjectDirectory, broken.ProjectDirectory, missing.ProjectDirectory };
        return (request, outside);
    }
}
