using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>
/// Reads back what the Markdown report says, by the CommonMark rules that matter for escaping: code spans,
/// backslash escapes, and Mermaid's entity codes. The tests compare what a reader would see with the names
/// that went in.
/// </summary>
internal static class MarkdownReading
{
    /// <summary>Characters that start Markdown (or GitHub Markdown) syntax inside a line when left unescaped.</summary>
    private const string ActiveCharacters = "\\`*_[]<>|&~";

    /// <summary>The contents of the code spans of one line, in order (CommonMark 6.1).</summary>
    public static List<string> CodeSpans(string line)
    {
        var spans = new List<string>();
        int i = 0;
        while (i < line.Length)
        {
            if (line[i] != '`')
            {
                i++;
                continue;
            }

            int openLength = RunLength(line, i);
            int search = i + openLength;
            int close = -1;
            while (search < line.Length)
            {
                if (line[search] == '`')
                {
                    int runLength = RunLength(line, search);
                    if (runLength == openLength)
                    {
                        close = search;
                        break;
                    }

                    search += runLength;
                }
                else
                {
                    search++;
                }
            }

            if (close < 0)
            {
                // An unmatched backtick run is literal text.
                i += openLength;
                continue;
            }

            string content = line.Substring(i + openLength, close - i - openLength);
            if (content.Length >= 2 && content[0] == ' ' && content[^1] == ' ' && content.Trim(' ').Length > 0)
            {
                content = content.Substring(1, content.Length - 2);
            }

            spans.Add(content);
            i = close + openLength;
        }

        return spans;
    }

    /// <summary>
    /// The text a reader sees for inline text that must contain no Markdown syntax: backslash escapes are
    /// resolved; an unescaped character that could start syntax fails the test.
    /// </summary>
    public static string PlainText(string markdown)
    {
        var text = new StringBuilder(markdown.Length);
        for (int i = 0; i < markdown.Length; i++)
        {
            char c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length && IsAsciiPunctuation(markdown[i + 1]))
            {
                text.Append(markdown[++i]);
            }
            else
            {
                if (ActiveCharacters.IndexOf(c) >= 0)
                {
                    Assert.Fail("unescaped '" + c + "' at " + i + " in: " + markdown);
                }

                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>A Mermaid node label between its quotes, with entity codes (<c>#quot;</c>, <c>#35;</c>) decoded.</summary>
    public static string MermaidLabel(string quoted)
    {
        Assert.True(quoted.Length >= 2 && quoted[0] == '"' && quoted[^1] == '"', "not a quoted label: " + quoted);
        string inner = quoted.Substring(1, quoted.Length - 2);
        Assert.DoesNotContain("\"", inner);
        Assert.DoesNotContain("`", inner);
        return Regex.Replace(inner, "#([a-z]+|[0-9]+);", match => match.Groups[1].Value switch
        {
            "quot" => "\"",
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            string number when char.IsAsciiDigit(number[0]) => char.ConvertFromUtf32(int.Parse(number, CultureInfo.InvariantCulture)),
            string other => throw new Xunit.Sdk.XunitException("unknown Mermaid entity #" + other + ";"),
        });
    }

    /// <summary>
    /// How a name with control characters can appear in a one-line Markdown construct: each C0 control
    /// character as its <c>\uXXXX</c> escape, so a line break inside a name cannot end a heading or list item.
    /// </summary>
    public static string Visible(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (c < ' ')
            {
                text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>CommonMark lets a backslash escape exactly these.</summary>
    private static bool IsAsciiPunctuation(char c) => c < 128 && char.IsPunctuation(c) || c < 128 && char.IsSymbol(c);

    private static int RunLength(string line, int start)
    {
        int end = start;
        while (end < line.Length && line[end] == '`')
        {
            end++;
        }

        return end - start;
    }
}
