using System;
using System.Collections.Generic;

namespace OracleProbe;

/// <summary>
/// Which targets' patches have started. Each target's static constructor asks it, so the app itself prints whether
/// the target was first initialized before or after its patch: the run's own evidence next to the oracle's trace.
/// </summary>
public static class PatchLog
{
    private static readonly HashSet<string> s_started = new(StringComparer.Ordinal);

    /// <summary>
    /// Called by a patch to compute the value it stores into its target. The store runs the target's static
    /// constructor only when it executes, after this call, so a target first initialized by its patch sees it started.
    /// </summary>
    public static string Starting(string target, string value)
    {
        s_started.Add(target);
        return value;
    }

    public static bool HasStarted(string target) => s_started.Contains(target);

    public static void Print(string sample, string target, bool sawPatch) =>
        Console.WriteLine("[" + sample + "] " + target + " initialized " + (sawPatch ? "after" : "before") + " its patch");
}
