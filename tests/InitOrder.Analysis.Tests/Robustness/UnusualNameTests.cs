using System;
using System.Linq;
using System.Text.Json;
using InitOrder.Analysis.Reports;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Robustness;

/// <summary>
/// Metadata names may hold any character: quotes, backslashes, backticks, pipes, angle brackets, line
/// breaks, right-to-left text, emoji, 100,000 characters. The violation must still be found, and both
/// reports must give the names back exactly: JSON by parsing, Markdown by reading it as CommonMark does.
/// </summary>
public sealed class UnusualNameTests
{
    private const string AssemblyName = "Ünïcødé_[App]&~";
    private const string Namespace = "Ünï.\"Quoted\".Back\\slash.#quot;.``Ticks``";
    private const string TargetName = "Tar\\get<T>|*_[0],&+~";
    private const string PatchType = "Pätch😀es'";
    private const string PatchMethod = "Apply\u05E2\u05D1\u05E8\u05D9\u05EAe\u0301";
    private const string ChainType = "<>c__Odd|";
    private const string ControlMethod = "Line\nBreak\r\tTab\u2028Sep\u0001``Ticks";
    private static readonly string LongMethod = "Long" + string.Concat(Enumerable.Repeat("\u00e9\"\\`|", 20_000));

    private static readonly string TargetFullName = Namespace + "." + TargetName;
    private static readonly string PatchFullName = Namespace + "." + PatchType + "." + PatchMethod;

    [Fact]
    public void Violation_is_found_through_names_with_any_characters()
    {
        var result = Verify();

        var violation = ResultAssert.ReachesTarget(result, "INIT101", PatchFullName, TargetFullName);
        Assert.Equal(ExpectedChainShortNames(), ResultAssert.Chain(violation));
        Assert.Equal(TargetFullName, Assert.Single(Assert.Single(result.Patches).Targets));
    }

    [Fact]
    public void JSON_report_gives_every_name_back_exactly()
    {
        var result = Verify();

        using var document = JsonDocument.Parse(ReportJsonWriter.Write(result));
        var root = document.RootElement;
        Assert.Equal(AssemblyName, root.GetProperty("assembly").GetString());
        Assert.Equal(
            new[] { Namespace + ".Early.Init()", Namespace + "." + ChainType + ".<Init>b__0_0()", "InitOrder.Generated.InitOrderBootstrap.Initialize()" },
            root.GetProperty("initializers").EnumerateArray().Select(i => i.GetProperty("method").GetString()));
        var patch = root.GetProperty("patches")[0];
        Assert.Equal(PatchFullName, patch.GetProperty("method").GetString());
        Assert.Equal(TargetFullName, patch.GetProperty("targets")[0].GetString());
        var violation = root.GetProperty("violations")[0];
        Assert.Equal(TargetFullName, violation.GetProperty("patchedType").GetString());
        Assert.Equal(result.Violations[0].Message, violation.GetProperty("message").GetString());
        Assert.Equal(ExpectedChainFullNames(), violation.GetProperty("chain").EnumerateArray().Select(s => s.GetProperty("method").GetString()));
    }

    [Fact]
    public void Markdown_report_shows_every_name_exactly_and_keeps_its_structure()
    {
        var result = Verify();

        string[] lines = ReportMarkdownWriter.Write(result).Split('\n');

        Assert.Equal(AssemblyName, MarkdownReading.PlainText(Line(lines, "# InitOrder verification: ")));
        Assert.Equal(new[] { Visible(Namespace + ".Early.Init()") }, MarkdownReading.CodeSpans(Line(lines, "1. ")));
        Assert.Equal(new[] { Visible(PatchFullName) }, MarkdownReading.CodeSpans(Line(lines, "   1. ")));
        Assert.Equal(new[] { Visible(PatchFullName), Visible(TargetFullName) }, MarkdownReading.CodeSpans(Line(lines, "### INIT101: ")));
        Assert.Equal(Visible(result.Violations[0].Message), "Patch " + MarkdownReading.PlainText(Line(lines, "Patch ")));
        string[] chain = ExpectedChainShortNames();
        string[] violationSection = lines.SkipWhile(l => !l.StartsWith("### INIT101: ", StringComparison.Ordinal)).ToArray();
        for (int step = 0; step < chain.Length - 1; step++)
        {
            Assert.Equal(new[] { Visible(chain[step]), Visible(chain[step + 1]) }, MarkdownReading.CodeSpans(Line(violationSection, (step + 1) + ". ")));
        }

        foreach (var problem in result.Problems)
        {
            Assert.Contains(lines, line => line.StartsWith("- **" + problem.Code + "**", StringComparison.Ordinal) &&
                MarkdownReading.PlainText(line.Substring(line.IndexOf(": ", StringComparison.Ordinal) + 2)) == Visible(problem.Message));
        }

        // Nothing a name holds may open or close a block: exactly the writer's headings and one fenced Mermaid block.
        Assert.Equal(2, lines.Count(l => l.StartsWith("```", StringComparison.Ordinal)));
        var headings = lines.Where(l => l.StartsWith('#')).ToList();
        string[] expectedHeadings =
        {
            "# InitOrder verification: ", "## Initialization order", "## Patches", "### 1. ", "## Violations", "### INIT101: ",
            "## Not followed", "## Problems", "## Initialization sequence",
        };
        Assert.Equal(expectedHeadings.Length, headings.Count);
        Assert.All(expectedHeadings.Zip(headings), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
        AssertMermaidLabels(lines);
    }

    private static void AssertMermaidLabels(string[] lines)
    {
        var labels = lines.SkipWhile(l => l != "```mermaid").TakeWhile(l => l != "```")
            .Where(l => l.Contains("[\"", StringComparison.Ordinal) || l.Contains("(\"", StringComparison.Ordinal))
            .Select(l => MarkdownReading.MermaidLabel(l.Substring(l.IndexOf('"'), l.LastIndexOf('"') - l.IndexOf('"') + 1)))
            .ToList();
        Assert.Equal(
            new[]
            {
                Visible(Namespace + ".Early.Init()"),
                Visible(Namespace + "." + ChainType + ".<Init>b__0_0()"),
                "InitOrder: InitOrder.Generated.InitOrderBootstrap.Initialize()",
                Visible("patch 1: " + PatchFullName + " (Order 0)"),
            },
            labels);
    }

    private static string Visible(string name) => MarkdownReading.Visible(name);

    /// <summary>The first line starting with <paramref name="prefix"/>, without the prefix.</summary>
    private static string Line(string[] lines, string prefix)
    {
        string line = Assert.Single(lines.Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Take(1));
        return line.Substring(prefix.Length);
    }

    private static string[] ExpectedChainShortNames() =>
        new[] { "Early.Init()", ChainType + "." + ControlMethod + "()", ChainType + "." + LongMethod + "()", TargetName + ".Touch()" };

    private static string[] ExpectedChainFullNames() => ExpectedChainShortNames().Select(n => Namespace + "." + n).ToArray();

    private static VerificationResult Verify()
    {
        var fixture = new FixtureAssemblyBuilder(AssemblyName, Namespace, TargetName, PatchType, PatchMethod);
        var odd = fixture.Type(Namespace, ChainType);
        var longMethod = odd.Method(LongMethod, il => il.Call(fixture.TargetTouch).Ret());
        var controlMethod = odd.Method(ControlMethod, il => il.Call(longMethod).Ret());
        fixture.EarlyInit.Body = il => il.Call(controlMethod).Ret();
        fixture.EarlyInitializers.Add(odd.Method("<Init>b__0_0", il => il.Ret()));
        return BoundedRun.Verify(fixture.Emit());
    }
}
