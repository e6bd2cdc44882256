using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InitOrder.EndToEnd.Tests.Infrastructure;
using InitOrder.Oracle.Tests.Comparison;
using InitOrder.Tracing.Metadata;
using InitOrder.Tests.Shared;

namespace InitOrder.Oracle.Tests.Samples;

/// <summary>
/// Builds a sample through the packed package (verifier off, so reported violations do not stop the build), runs the
/// verifier in-process on the built assembly with the references the build used, then runs the app under the oracle.
/// </summary>
public static class SampleRunner
{
    private const string ReferencesFile = "oracle.references.txt";

    // Dumps the references the InitOrder task would get, so the in-process verifier sees exactly what a build shows it.
    private const string ReferenceDump = """
        <Project>
          <Target Name="OracleWriteReferences" AfterTargets="Build">
            <WriteLinesToFile File="$(MSBuildProjectDirectory)/obj/oracle.references.txt" Overwrite="true"
                              Lines="@(ReferencePath->'%(FullPath)');@(ReferenceCopyLocalPaths->'%(FullPath)')" />
          </Target>
        </Project>
        """;

    public static SampleOutcome Run(PackedPackageFixture package, SampleDefinition sample)
    {
        var root = package.CreateProject(sample.App + (sample.Variant ?? ""));
        foreach (string folder in sample.Folders)
        {
            CopyDirectory(Path.Combine(RepositoryPaths.Root, "tests", "Samples", "Oracle", folder), Path.Combine(root.Directory, folder));
        }

        root.WithFile("Directory.Build.targets", ReferenceDump);
        string appDirectory = Path.Combine(root.Directory, sample.App);
        string project = Path.Combine(appDirectory, sample.App + ".csproj");
        var build = package.DotNet.Build(root.Directory, "build", project,
            "-v:minimal", $"-p:InitOrderVersion={package.Version}", "-p:InitOrderVerify=false", $"-p:OracleVariant={sample.Variant}");
        BuildAssert.Succeeded(build);

        string assembly = Path.Combine(appDirectory, "bin", "Debug", "net10.0", sample.App + ".dll");
        var references = File.ReadAllLines(Path.Combine(appDirectory, "obj", ReferencesFile))
            .Concat(Directory.GetFiles(Path.GetDirectoryName(assembly)!, "*.dll"))
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && p != assembly)
            .Distinct()
            .ToList();
        // On request, the chains let artifacts/oracle/unconfirmed.md say why each prediction that did not run was made.
        var verification = Verifier.Verify(OracleMeasurement.Request(assembly, references, appDirectory));

        string trace = Path.Combine(root.Directory, "oracle.nettrace");
        var (run, patches) = RunUnderOracle(assembly, appDirectory, trace, verification);
        return new SampleOutcome(sample, verification, run, patches, assembly, trace, root.Directory, project);
    }

    /// <summary>
    /// Builds a sample again, now with the packed package's verifier on, as a user's build runs it: nothing is compiled
    /// again, so the task sees the assembly the oracle ran.
    /// </summary>
    public static ProcessResult BuildWithVerifier(PackedPackageFixture package, SampleOutcome outcome) =>
        package.DotNet.Build(outcome.Root, "build", outcome.Project, "--no-restore",
            "-v:minimal", $"-p:InitOrderVersion={package.Version}", $"-p:OracleVariant={outcome.Sample.Variant}");

    /// <summary>Runs a built app with the oracle's tracing on and puts the trace next to the verifier's result.</summary>
    public static (ProcessResult Run, IReadOnlyList<PatchComparison> Patches) RunUnderOracle(
        string assembly, string workingDirectory, string trace, VerificationResult verification)
    {
        var run = ProcessRunner.Run("dotnet", new[] { assembly }, workingDirectory, OracleEnvironment.For(trace));
        if (run.ExitCode != 0 || !File.Exists(trace))
        {
            throw new InvalidOperationException("The app failed under the oracle:\n" + run);
        }

        using var catalog = new AssemblyCatalog();
        return (run, new OracleComparer(catalog).Compare(verification, JitTrace.Load(trace), assembly));
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            string destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
