using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace InitOrder.Oracle.Tests.Truth;

/// <summary>
/// What a run printed about its targets: each target's own static constructor notes whether its patch had started,
/// and the run prints <c>[sample] Target initialized before|after its patch</c>. The ground truth the trace is held to.
/// </summary>
internal sealed class PrintedTruth
{
    private static readonly Regex s_line = new(@"^\[[^\]\r\n]+\] (?<target>\S+) initialized (?<when>before|after) its patch\r?$", RegexOptions.Multiline);

    private readonly Dictionary<string, bool> _before;

    private PrintedTruth(Dictionary<string, bool> before)
    {
        _before = before;
    }

    /// <summary>How many targets the run printed a line for.</summary>
    public int Count => _before.Count;

    public static PrintedTruth Parse(string output)
    {
        var before = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (Match line in s_line.Matches(output))
        {
            string target = line.Groups["target"].Value;
            bool initializedBefore = line.Groups["when"].Value == "before";
            if (before.TryGetValue(target, out bool earlier) && earlier != initializedBefore)
            {
                throw new InvalidOperationException("The run printed both 'before' and 'after' for " + target + ":\n" + output);
            }

            before[target] = initializedBefore;
        }

        return new PrintedTruth(before);
    }

    /// <summary>
    /// Whether the target (a full metadata name) was first initialized before its patch started, looked up by its
    /// full name or by the short name a sample prints (<c>nameof</c>); null when the run printed nothing about it.
    /// </summary>
    public bool? InitializedBefore(string target)
    {
        if (_before.TryGetValue(target, out bool before))
        {
            return before;
        }

        string shortName = target[(target.LastIndexOfAny(new[] { '.', '+' }) + 1)..];
        return _before.TryGetValue(shortName, out before) ? before : null;
    }
}
