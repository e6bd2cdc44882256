using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace InitOrder.Benchmarks.RealApps;

/// <summary>The <c>stats</c> of one InitOrder.report.json: what the verifier reached and where its time went.</summary>
internal sealed record ReportStats(int Methods, int Edges, double Milliseconds, IReadOnlyDictionary<string, double> Phases, bool Flagged)
{
    public static ReportStats Read(string report)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(report));
        var root = document.RootElement;
        var stats = root.GetProperty("stats");
        var phases = new Dictionary<string, double>();
        if (stats.TryGetProperty("phases", out var list))
        {
            foreach (var phase in list.EnumerateArray())
            {
                phases[phase.GetProperty("name").GetString()!] = phase.GetProperty("milliseconds").GetDouble();
            }
        }

        bool flagged = root.TryGetProperty("violations", out var violations) && violations.GetArrayLength() > 0;
        return new ReportStats(stats.GetProperty("methodsAnalysed").GetInt32(), stats.GetProperty("edges").GetInt32(), stats.GetProperty("milliseconds").GetDouble(), phases, flagged);
    }
}
