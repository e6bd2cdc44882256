using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace InitOrder.Analysis.Reports;

/// <summary>
/// A small indented JSON writer (two spaces, '\n' line ends) so the analysis needs no JSON package on
/// .NET Framework. Callers write names and values in order; commas and indentation are handled here.
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _text = new();
    private readonly Stack<bool> _hasItems = new();
    private bool _afterName;

    public void BeginObject() => Open('{');

    public void EndObject() => Close('}');

    public void BeginArray() => Open('[');

    public void EndArray() => Close(']');

    public void Name(string name)
    {
        BeforeValue();
        AppendString(name);
        _text.Append(": ");
        _afterName = true;
    }

    public void String(string? value)
    {
        BeforeValue();
        if (value is null)
        {
            _text.Append("null");
        }
        else
        {
            AppendString(value);
        }
    }

    public void Number(long value)
    {
        BeforeValue();
        _text.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    public void Boolean(bool value)
    {
        BeforeValue();
        _text.Append(value ? "true" : "false");
    }

    public void Null()
    {
        BeforeValue();
        _text.Append("null");
    }

    public void Property(string name, string? value)
    {
        Name(name);
        String(value);
    }

    public void Property(string name, long value)
    {
        Name(name);
        Number(value);
    }

    public void Property(string name, bool value)
    {
        Name(name);
        Boolean(value);
    }

    public void StringArray(string name, IEnumerable<string> values)
    {
        Name(name);
        BeginArray();
        foreach (string value in values)
        {
            String(value);
        }

        EndArray();
    }

    public override string ToString() => _text.ToString() + "\n";

    /// <summary>Escapes quotes, backslashes, control characters and the JavaScript line separators.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private void AppendString(string value) => _text.Append('"').Append(Escape(value)).Append('"');

    private void Open(char bracket)
    {
        BeforeValue();
        _text.Append(bracket);
        _hasItems.Push(false);
    }

    private void Close(char bracket)
    {
        bool hadItems = _hasItems.Pop();
        if (hadItems)
        {
            NewLine();
        }

        _text.Append(bracket);
    }

    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        if (_hasItems.Count > 0)
        {
            if (_hasItems.Peek())
            {
                _text.Append(',');
            }

            _hasItems.Pop();
            _hasItems.Push(true);
            NewLine();
        }
    }

    private void NewLine() => _text.Append('\n').Append(' ', _hasItems.Count * 2);
}
