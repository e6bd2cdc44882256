using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InitOrder.EndToEnd.Tests.Infrastructure;
using InitOrder.Tests.Shared;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace InitOrder.Oracle.Tests.Samples;

/// <summary>
/// The shared fixture: one packed package, and each sample built and run at most once however many tests look at
/// it. Reports each sample's precision as it is measured and the total when the run ends.
/// </summary>
public sealed class OracleLab : IDisposable
{
    private readonly PackedPackageFixture _package = new();
    private readonly ConcurrentDictionary<SampleDefinition, Lazy<SampleOutcome>> _outcomes = new();
    private readonly IMessageSink _messages;

    public OracleLab(IMessageSink messages)
    {
        _messages = messages;
    }

    /// <summary>Where the last run's precision table is written (artifacts/ is ignored by git).</summary>
    public static string PrecisionFile => Path.Combine(RepositoryPaths.Root, "artifacts", "oracle", "precision.md");

    public SampleOutcome Outcome(SampleDefinition sample) => _outcomes.GetOrAdd(sample, s => new Lazy<SampleOutcome>(() =>
    {
        var outcome = SampleRunner.Run(_package, s);
        _messages.OnMessage(new DiagnosticMessage("[oracle] " + PrecisionTable.Line(outcome)));
        return outcome;
    })).Value;

    public IReadOnlyList<SampleOutcome> Measured() =>
        _outcomes.Values.Where(l => l.IsValueCreated).Select(l => l.Value).OrderBy(o => o.Sample.ToString(), StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        var measured = Measured().Where(o => OracleSamples.All.Contains(o.Sample)).ToList();
        if (measured.Count > 0)
        {
            string table = PrecisionTable.Dated(measured);
            Directory.CreateDirectory(Path.GetDirectoryName(PrecisionFile)!);
            File.WriteAllText(PrecisionFile, table);
            _messages.OnMessage(new DiagnosticMessage("[oracle] precision over all samples:\n" + table));
        }

        _package.Dispose();
    }
}
