using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace InitOrder.Oracle.Tests.Samples;

/// <summary>
/// Where a prediction that did not run left the run: the first step of its chain whose method the trace never saw, with
/// the step before it. That edge is the over-approximation (a branch never taken, a dispatch to a type whose object
/// never reached the call, a reflective call's reach); everything after it follows from it.
/// </summary>
public sealed class ChainDivergence
{
    private static readonly Regex s_arity = new(@"`\d+", RegexOptions.Compiled);
    private static readonly Regex s_methodTypeArguments = new(@"<[^<>()]*>\(\)$", RegexOptions.Compiled);
    private static readonly Regex s_location = new(@" \([^()]*:\d+\)$", RegexOptions.Compiled);

    // Each method that ran, by its last name segment ("GetService()", "cctor"), so a chain's short step finds its candidates at once.
    private readonly Dictionary<string, List<string>> _ranByLastSegment = new(StringComparer.Ordinal);

    public ChainDivergence(IEnumerable<string> methodsRan)
    {
        foreach (string method in methodsRan)
        {
            string name = Normalize(method);
            string last = name.Substring(name.LastIndexOf('.') + 1);
            if (!_ranByLastSegment.TryGetValue(last, out var names))
            {
                _ranByLastSegment.Add(last, names = new List<string>());
            }

            names.Add(name);
        }
    }

    /// <summary><c>A.M() → B.N()</c>: the edge into the first step that never ran; null when every step ran (or none can be read).</summary>
    public string? FirstEdgeNotRun(string chain)
    {
        var steps = Regex.Split(chain, " (?=[\u2192\u21D2] )").Select(s => s.TrimStart('\u2192', '\u21D2', ' ')).ToList();
        for (int i = 1; i < steps.Count; i++)
        {
            if (!Ran(StepName(steps[i])))
            {
                return steps[i - 1] + (chain.Contains(" \u21D2 " + steps[i], StringComparison.Ordinal) ? " \u21D2 " : " \u2192 ") + steps[i];
            }
        }

        return null;
    }

    private bool Ran(string step)
    {
        string last = step.Substring(step.LastIndexOf('.') + 1);
        return _ranByLastSegment.TryGetValue(last, out var names) && names.Exists(n => n == step || n.EndsWith("." + step, StringComparison.Ordinal));
    }

    /// <summary>"(reflection) Type.Method&lt;T&gt;() (File.cs:3) [note]" to "Type.Method()".</summary>
    private static string StepName(string step)
    {
        string name = step.StartsWith("(reflection) ", StringComparison.Ordinal) ? step.Substring("(reflection) ".Length) : step;
        int note = name.IndexOf(" [", StringComparison.Ordinal);
        name = note >= 0 ? name.Substring(0, note) : name;
        return Normalize(s_location.Replace(name, ""));
    }

    private static string Normalize(string name)
    {
        name = s_arity.Replace(name, "");
        for (string before = ""; before != name;)
        {
            before = name;
            name = s_methodTypeArguments.Replace(name, "()");
        }

        return name;
    }
}
