using System;

namespace OracleAttributes;

/// <summary>Set through a named argument: its setter runs when reflection builds the attribute.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CaptionAttribute : Attribute
{
    private string _text = "";

    public string Text
    {
        get => _text;
        set => _text = CaptionStyle.Case == "upper" ? value.ToUpperInvariant() : value;
    }
}
