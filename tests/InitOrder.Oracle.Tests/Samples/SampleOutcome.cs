using System.Collections.Generic;
using System.Linq;
using InitOrder.EndToEnd.Tests.Infrastructure;
using InitOrder.Oracle.Tests.Comparison;

namespace InitOrder.Oracle.Tests.Samples;

/// <summary>A sample built, verified in-process and run under the oracle.</summary>
public sealed class SampleOutcome
{
    public SampleOutcome(SampleDefinition sample, VerificationResult verification, ProcessResult run, IReadOnlyList<PatchComparison> patches, string assembly, string trace,
        string root, string project)
    {
        Root = root;
        Project = project;
        Sample = sample;
        Verification = verification;
        Run = run;
        Patches = patches;
        Assembly = assembly;
        Trace = trace;
    }

    /// <summary>The folder the sample's projects were copied to, which holds its nuget.config.</summary>
    public string Root { get; }

    /// <summary>The app's project file.</summary>
    public string Project { get; }

    /// <summary>The built app.</summary>
    public string Assembly { get; }

    /// <summary>The run's trace, kept for <c>initorder trace</c>'s own reading (TraceTruthTests).</summary>
    public string Trace { get; }

    public SampleDefinition Sample { get; }

    public VerificationResult Verification { get; }

    /// <summary>The app's run under the oracle (its output is the sample's own evidence of the bug or the fix).</summary>
    public ProcessResult Run { get; }

    public IReadOnlyList<PatchComparison> Patches { get; }

    public PatchComparison Patch(string method) => Patches.Single(p => p.Patch.Method == method);

    public int Predicted => Patches.Sum(p => p.Predicted.Count);

    public int Confirmed => Patches.Sum(p => p.Confirmed.Count);

    /// <summary>Framework methods that touched a target before its patch: outside what a build lets the verifier see.</summary>
    public int FrameworkTouches => Patches.Sum(p => p.Touches.Count(t => !t.InAnalysedCode));
}
