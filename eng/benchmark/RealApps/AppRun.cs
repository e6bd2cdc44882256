using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace InitOrder.Benchmarks.RealApps;

/// <summary>One in-process run of the verifier on an app: time, added peak memory, reach, and the phases (reports included).</summary>
internal sealed record AppRun(double Milliseconds, long PeakBytes, int Methods, int Edges, IReadOnlyDictionary<string, double> Phases, long ReferenceBytes, long ReadBytes)
{
    private const string Tag = "APPRUN";

    public string Format() =>
        string.Join("\t", new[] { Tag, Number(Milliseconds), PeakBytes.ToString(CultureInfo.InvariantCulture), Methods.ToString(CultureInfo.InvariantCulture), Edges.ToString(CultureInfo.InvariantCulture), ReferenceBytes.ToString(CultureInfo.InvariantCulture), ReadBytes.ToString(CultureInfo.InvariantCulture) }
            .Concat(Phases.Select(p => p.Key + "=" + Number(p.Value))));

    public static AppRun? Parse(string line)
    {
        var parts = line.Split('\t');
        if (parts.Length < 7 || parts[0] != Tag)
        {
            return null;
        }

        var phases = parts.Skip(7).Select(p => p.Split('=')).ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
        return new AppRun(double.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture),
            int.Parse(parts[3], CultureInfo.InvariantCulture), int.Parse(parts[4], CultureInfo.InvariantCulture), phases, long.Parse(parts[5], CultureInfo.InvariantCulture), long.Parse(parts[6], CultureInfo.InvariantCulture));
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
