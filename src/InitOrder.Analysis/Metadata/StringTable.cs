using System.Collections.Generic;
using System.Reflection.Metadata;

namespace InitOrder.Analysis.Metadata;

/// <summary>
/// One assembly's metadata strings, each decoded once. Names such as <c>.ctor</c>, <c>get_Count</c> or a namespace
/// come back in thousands of tokens, methods and type references; decoding them again each time made a large
/// share of a big analysis's strings.
/// </summary>
internal sealed class StringTable
{
    private readonly MetadataReader _reader;
    private readonly Dictionary<StringHandle, string> _strings = new();

    public StringTable(MetadataReader reader)
    {
        _reader = reader;
    }

    public string Get(StringHandle handle)
    {
        if (!_strings.TryGetValue(handle, out var text))
        {
            text = _reader.GetString(handle);
            _strings.Add(handle, text);
        }

        return text;
    }
}
