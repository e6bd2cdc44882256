using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using InitOrder.EndToEnd.Tests.Infrastructure;
using InitOrder.Tests.Shared;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace InitOrder.Oracle.Tests.Samples;

/// <summary>
/// The shared fixture: one packed package, and each sample built and run at most once however many tests look at
/// it. Reports each sample's precision as it is measured and the total when the run ends.
/// <para>
/// xunit runs the tests of one collection one at a time, and a sample's build keeps about one core busy, so a second
/// worker builds and runs the samples from the other end of the list meanwhile: on two cores the collection takes
/// about half as long. A test that needs a sample the worker is running waits for it (each outcome is one
/// <see cref="Lazy{T}"/>); one the worker has not reached yet runs on the test's own thread.
/// </para>
/// </summary>
public sealed class OracleLab : IDisposable
{
    private readonly PackedPackageFixture _package = new();
    private readonly ConcurrentDictionary<SampleDefinition, Lazy<SampleOutcome>> _outcomes = new();
    private readonly IMessageSink _messages;
    private readonly Task _worker;
    private volatile bool _stopping;

    public OracleLab(IMessageSink messages)
    {
        _messages = messages;
        _worker = Task.Factory.StartNew(RunAhead, TaskCreationOptions.LongRunning);
    }

    /// <summary>Where the last run's precision table is written (artifacts/ is ignored by git).</summary>
    public static string PrecisionFile => Path.Combine(RepositoryPaths.Root, "artifacts", "oracle", "precision.md");

    /// <summary>Where the last run's unconfirmed predictions are written, sample by sample (<see cref="PrecisionTable.Unconfirmed"/>).</summary>
    public static string UnconfirmedFile => Path.Combine(RepositoryPaths.Root, "artifacts", "oracle", "unconfirmed.md");

    public SampleOutcome Outcome(SampleDefinition sample) => _outcomes.GetOrAdd(sample, s => new Lazy<SampleOutcome>(() =>
    {
        var outcome = SampleRunner.Run(_package, s);
        _messages.OnMessage(new DiagnosticMessage("[oracle] " + PrecisionTable.Line(outcome)));
        return outcome;
    })).Value;

    /// <summary>The sample's build with the packed package's verifier on (<see cref="SampleRunner.BuildWithVerifier"/>), after its oracle run.</summary>
    public ProcessResult BuildWithVerifier(SampleDefinition sample) => SampleRunner.BuildWithVerifier(_package, Outcome(sample));

    /// <summary>
    /// The worker: every sample, last first (the tests ask for them roughly in the list's order). A failure is kept in
    /// the sample's outcome and thrown to the test that asks for it.
    /// </summary>
    private void RunAhead()
    {
        foreach (var sample in OracleSamples.All.Append(OracleSamples.TraceShapes).Reverse())
        {
            if (_stopping)
            {
                return;
            }

            try
            {
                Outcome(sample);
            }
            catch (Exception)
            {
                // Rethrown by the Lazy to the test that asks for this sample.
            }
        }
    }

    public IReadOnlyList<SampleOutcome> Measured() =>
        _outcomes.Values.Where(l => l.IsValueCreated).Select(l => l.Value).OrderBy(o => o.Sample.ToString(), StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        _stopping = true;
        _worker.Wait();
        var measured = Measured().Where(o => OracleSamples.All.Contains(o.Sample)).ToList();
        if (measured.Count > 0)
        {
            string table = PrecisionTable.Dated(measured);
            Directory.CreateDirectory(Path.GetDirectoryName(PrecisionFile)!);
            File.WriteAllText(PrecisionFile, table);
            File.WriteAllText(UnconfirmedFile, PrecisionTable.Unconfirmed(measured));
            _messages.OnMessage(new DiagnosticMessage("[oracle] precision over all samples:\n" + table));
        }

        _package.Dispose();
    }
}
