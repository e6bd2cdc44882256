namespace InitOrder.Analysis.Reports;

/// <summary>Escaping for the few places user-controlled names land in Markdown and Mermaid.</summary>
internal static class MarkdownText
{
    /// <summary>Inline code; names with backticks (generic arity) get a double-backtick fence.</summary>
    public static string Code(string text) => text.IndexOf('`') >= 0 ? "`` " + text + " ``" : "`" + text + "`";

    /// <summary>Table cells must not contain pipes or line breaks.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");

    /// <summary>Mermaid node labels are quoted; quotes and angle brackets need entity codes.</summary>
    public static string MermaidLabel(string text) =>
        "\"" + text.Replace("\"", "#quot;").Replace("<", "#lt;").Replace(">", "#gt;") + "\"";

    public static string Location(SourceLocation? location) => location is null ? "" : " (" + location.DisplayPath + ":" + location.Line + ")";
}
