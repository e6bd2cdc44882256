using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace InitOrder.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One `file(line,col): error CODE: message [project]` line of build output, or `file : warning CODE: message` for a
/// diagnostic without a position (Line and Column are then 0), after the `3>` node prefix of parallel builds.
/// </summary>
public sealed record MsBuildDiagnostic(string File, int Line, int Column, string Severity, string Code, string Message)
{
    private static readonly Regex Pattern = new(
        @"^[ \t]*(?:\d+>)?(?<file>[^\s(][^(\n]*?)(?:\((?<line>\d+),(?<col>\d+)(?:,\d+,\d+)?\))? ?: (?<severity>error|warning) (?<code>[A-Z]+\d+): (?<message>[^\n]*?)(?: \[[^\]\n]+\])?$",
        RegexOptions.Multiline);

    public static IReadOnlyList<MsBuildDiagnostic> Parse(string output)
        => Pattern.Matches(output)
            .Select(m => new MsBuildDiagnostic(
                m.Groups["file"].Value.Trim(),
                m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value) : 0,
                m.Groups["col"].Success ? int.Parse(m.Groups["col"].Value) : 0,
                m.Groups["severity"].Value,
                m.Groups["code"].Value,
                m.Groups["message"].Value.TrimEnd()))
            .DistinctBy(d => (d.File, d.Line, d.Column, d.Code)) // MSBuild repeats every error in its summary.
            .ToList();
}
