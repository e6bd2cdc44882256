using System.Diagnostics;
using System.Linq;
using System.Threading;
using Xunit;

namespace InitOrder.Analysis.Tests;

public sealed class PhaseClockTests
{
    [Fact]
    public void Facts_built_inside_a_phase_count_as_facts_and_not_twice()
    {
        var wall = Stopwatch.StartNew();
        var clock = new PhaseClock();
        Thread.Sleep(20);
        clock.End(PhaseClock.Load, factsTicks: 0);
        Thread.Sleep(40);

        // The world phase lasted at least 40 ms, of which facts (scanned lazily inside it) claim 30 ms.
        long facts = Stopwatch.Frequency * 30 / 1000;
        clock.End(PhaseClock.World, facts);
        clock.End(PhaseClock.Explanation, facts);
        double elapsed = wall.Elapsed.TotalMilliseconds;

        var phases = clock.ToList().ToDictionary(p => p.Name, p => p.Milliseconds);
        Assert.Equal(new[] { "load", "facts", "world", "explanation" }, clock.ToList().Select(p => p.Name));
        Assert.True(phases["load"] >= 19, "load " + phases["load"]);
        Assert.Equal(30, phases["facts"], 3);
        Assert.True(phases["world"] >= 9, "world " + phases["world"]);
        Assert.True(phases["explanation"] >= 0, "explanation " + phases["explanation"]);
        Assert.True(phases.Values.Sum() <= elapsed + 0.01, "phases " + phases.Values.Sum() + " ms of " + elapsed + " ms");
    }
}
