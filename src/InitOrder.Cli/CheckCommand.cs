using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InitOrder.Analysis;

namespace InitOrder.Cli;

/// <summary>
/// <c>initorder check</c>: builds the request a build would make (references from beside the assembly
/// instead of MSBuild items), runs the verifier, prints its diagnostics and writes the reports.
/// </summary>
internal static class CheckCommand
{
    /// <param name="workingDirectory">Where the command runs: reports and messages show source paths relative to it.</param>
    public static int Run(CheckOptions options, TextWriter output, string workingDirectory)
    {
        if (Directory.Exists(options.AssemblyPath))
        {
            throw new UsageException("'" + options.AssemblyPath + "' is a folder; name the assembly in it (bin/Debug/net10.0/App.dll).");
        }

        if (!File.Exists(options.AssemblyPath))
        {
            throw new UsageException("'" + options.AssemblyPath + "' does not exist.");
        }

        var request = CreateRequest(options, workingDirectory, out var targets, out var knownTypes);
        WarnAboutUnknownTypes(options.AssemblyPath, targets.Types, knownTypes, output);
        var result = Verifier.Verify(request);
        DiagnosticPrinter.Print(result, output);
        bool reportsFailed = false;
        if (options.ReportDirectory is { } directory)
        {
            reportsFailed = !TryWriteReports(result, directory, output);
        }

        foreach (string line in CheckSummary.Lines(result, options, targets))
        {
            output.WriteLine(line);
        }

        return result.HasErrors || reportsFailed ? ExitCodes.Failed : ExitCodes.Success;
    }

    /// <summary>The verifier's input for these options; also what the benchmark times.</summary>
    /// <param name="knownTypes">Types the assembly defines or references, read only when there are targets to classify.</param>
    public static VerificationRequest CreateRequest(CheckOptions options, string workingDirectory, out CheckedTargets targets, out ISet<string>? knownTypes)
    {
        string assembly = Path.GetFullPath(options.AssemblyPath);
        var local = ReferenceFinder.Find(assembly, options.References);
        knownTypes = options.Targets.Count > 0 ? AssemblyTypeNames.Read(assembly) : null;
        targets = CheckedTargets.Classify(options.Targets, assembly, local, knownTypes);
        var references = local.Concat(FrameworkReferencePack.Find()).ToList();

        // Run from the project folder, messages and reports show the same relative paths as the build's.
        return new VerificationRequest(assembly, references, projectDirectory: workingDirectory)
        {
            CheckedTypes = targets.Types,
            CheckedAssemblies = targets.Assemblies,
            AllStaticConstructorsRunFirst = options.AllStaticConstructors,
            CacheDirectory = options.CacheDirectory is { } cache ? Path.GetFullPath(cache) : null,
            ReuseDirectory = options.CacheDirectory is { } reuse ? Path.GetFullPath(reuse) : null,
        };
    }

    private static void WarnAboutUnknownTypes(string assemblyPath, IReadOnlyList<string> types, ISet<string>? known, TextWriter output)
    {
        if (known is null)
        {
            return;
        }

        foreach (string type in types.Where(t => !known.Contains(t)))
        {
            output.WriteLine("initorder: warning: '" + Path.GetFileName(assemblyPath) + "' neither defines nor references type '" + type +
                "'; check the spelling (Namespace.Type, nested types as Outer+Inner, generic types as Name`1). Only other assemblies could reach it.");
        }
    }

    private static bool TryWriteReports(VerificationResult result, string directory, TextWriter output)
    {
        try
        {
            foreach (string path in ReportFiles.Write(result, directory))
            {
                output.WriteLine("Report: " + path);
            }

            return true;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            output.WriteLine("initorder: error: cannot write the reports to '" + directory + "': " + e.Message);
            return false;
        }
    }
}
