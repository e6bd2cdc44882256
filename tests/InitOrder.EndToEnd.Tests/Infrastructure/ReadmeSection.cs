using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace InitOrder.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One section of the README (from its heading to the next heading of the same or a higher level) and its fenced code
/// blocks: `sh` blocks are commands to run as written, `text` blocks are synopses and output.
/// </summary>
public sealed class ReadmeSection
{
    private static readonly Regex s_block = new(@"^```(?<language>\w*)\n(?<body>.*?)^```$", RegexOptions.Singleline | RegexOptions.Multiline);

    private ReadmeSection(string text)
    {
        Text = text;
        var blocks = s_block.Matches(text).Select(m => (Language: m.Groups["language"].Value, Body: m.Groups["body"].Value.TrimEnd('\n'))).ToList();
        ShellBlocks = blocks.Where(b => b.Language == "sh").Select(b => b.Body).ToList();
        TextBlocks = blocks.Where(b => b.Language == "text").Select(b => b.Body).ToList();
    }

    public string Text { get; }

    public IReadOnlyList<string> ShellBlocks { get; }

    public IReadOnlyList<string> TextBlocks { get; }

    public static ReadmeSection Of(string readme, string heading)
    {
        readme = readme.Replace("\r\n", "\n");
        int start = readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("The README has no section '" + heading + "'.");
        }

        string level = heading[..(heading.IndexOf(' ') + 1)];
        var next = new Regex("^#{1," + (level.Length - 1) + "} ", RegexOptions.Multiline).Match(readme, start + heading.Length + 2);
        return new ReadmeSection(readme[(start + 1)..(next.Success ? next.Index : readme.Length)]);
    }

    /// <summary>
    /// Asserts that <paramref name="output"/> shows the lines of an example block in order, each on a line of its own
    /// (leading blanks aside). In the example, "…" stands for any text (shortened paths) and 4242 for any process id.
    /// </summary>
    public static void AssertShows(string example, string output)
    {
        var lines = output.Replace("\r\n", "\n").Split('\n');
        int next = 0;
        foreach (string expected in example.Split('\n').Where(l => l.Trim() != "…"))
        {
            var pattern = new Regex("^\\s*" + Regex.Escape(expected.Trim()).Replace("…", ".*").Replace("4242", "\\d+") + "\\s*$");
            int found = Array.FindIndex(lines, next, l => pattern.IsMatch(l));
            Assert.True(found >= 0, "The README's example line\n  " + expected + "\nis not in the output (after line " + next + "):\n" + output);
            next = found + 1;
        }
    }
}
