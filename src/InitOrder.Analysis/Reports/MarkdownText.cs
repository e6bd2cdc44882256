using System.Globalization;
using System.Text;

namespace InitOrder.Analysis.Reports;

/// <summary>
/// Escaping for the places user-controlled names land in Markdown and Mermaid. Metadata names may hold any
/// character (obfuscators, compiler-generated <c>&lt;Main&gt;b__0_0</c>), and none may change the report's structure.
/// </summary>
internal static class MarkdownText
{
    /// <summary>Characters that start Markdown (or GitHub table, HTML, entity, strikethrough) syntax inside a line.</summary>
    private const string SyntaxCharacters = "\\`*_[]<>|&~";

    /// <summary>
    /// Inline code. The fence is longer than any backtick run in the text, so the text cannot close it early.
    /// </summary>
    public static string Code(string text)
    {
        string visible = Visible(text);
        int longestRun = LongestBacktickRun(visible);
        string fence = new('`', longestRun + 1);

        // CommonMark strips one space on each side, which lets text start or end with a backtick (or a space).
        bool pad = longestRun > 0 || visible.Length > 0 && visible[0] == ' ' && visible[visible.Length - 1] == ' ';
        return pad ? fence + " " + visible + " " + fence : fence + visible + fence;
    }

    /// <summary>Running text (messages, names outside code spans): syntax characters are backslash-escaped.</summary>
    public static string Text(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (c < ' ')
            {
                // The backslash of \uXXXX is itself escaped, so readers see it.
                escaped.Append(@"\\u").Append(Hex(c));
                continue;
            }

            if (SyntaxCharacters.IndexOf(c) >= 0)
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>Table cells: running text, whose escaping covers the pipes that would split the cell.</summary>
    public static string Cell(string text) => Text(text);

    /// <summary>Mermaid node labels are quoted; characters that would end the label, the fence or an entity get entity codes.</summary>
    public static string MermaidLabel(string text) =>
        "\"" + Visible(text).Replace("#", "#35;").Replace("\"", "#quot;").Replace("<", "#lt;").Replace(">", "#gt;").Replace("`", "#96;") + "\"";

    public static string Location(SourceLocation? location) =>
        location is null ? "" : " (" + Text(location.DisplayPath) + ":" + location.Line.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>
    /// Control characters as <c>\uXXXX</c>: a line break inside a name would otherwise end the heading,
    /// list item or table row that holds it.
    /// </summary>
    private static string Visible(string text)
    {
        StringBuilder? visible = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < ' ')
            {
                visible ??= new StringBuilder(text, 0, i, text.Length + 8);
                visible.Append(@"\u").Append(Hex(c));
            }
            else
            {
                visible?.Append(c);
            }
        }

        return visible?.ToString() ?? text;
    }

    private static string Hex(char c) => ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private static int LongestBacktickRun(string text)
    {
        int longest = 0;
        int current = 0;
        foreach (char c in text)
        {
            current = c == '`' ? current + 1 : 0;
            longest = current > longest ? current : longest;
        }

        return longest;
    }
}
