using System.Collections.Generic;
using System.Diagnostics;

namespace InitOrder.Analysis;

/// <summary>
/// Splits one verification into <see cref="PhaseTime"/>s at its phase boundaries. Facts are built lazily, inside the
/// world and the explanation, so each boundary is handed the facts' running total and the phase keeps only the rest.
/// </summary>
internal sealed class PhaseClock
{
    public const string Load = "load";
    public const string Facts = "facts";
    public const string World = "world";
    public const string Explanation = "explanation";

    /// <summary>The only phase of a run that reused the previous verification (see Reuse/): checking that it still holds.</summary>
    public const string Reuse = "reuse";

    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly Dictionary<string, long> _ticks = new() { [Load] = 0, [Facts] = 0, [World] = 0, [Explanation] = 0 };
    private long _last;
    private long _factsAtLast;

    public PhaseClock()
    {
        _last = _start;
    }

    /// <summary>Ends <paramref name="phase"/> now; <paramref name="factsTicks"/> is the facts' total so far.</summary>
    public void End(string phase, long factsTicks)
    {
        long now = Stopwatch.GetTimestamp();
        long facts = factsTicks - _factsAtLast;
        _ticks[phase] += now - _last - facts;
        _ticks[Facts] += facts;
        _last = now;
        _factsAtLast = factsTicks;
    }

    public IReadOnlyList<PhaseTime> ToList()
    {
        var phases = new List<PhaseTime>();
        foreach (string name in new[] { Load, Facts, World, Explanation })
        {
            phases.Add(new PhaseTime(name, _ticks[name] * 1000.0 / Stopwatch.Frequency));
        }

        return phases;
    }
}
