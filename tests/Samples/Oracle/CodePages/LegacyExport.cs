using System.Text;

namespace OracleCodePages;

/// <summary>Writes files for an old system that expects Windows-1252; the encoding is captured once, in the static constructor.</summary>
internal static class LegacyExport
{
    public static readonly Encoding Windows1252 = Encoding.GetEncoding(1252);

    public static byte[] Encode(string text) => Windows1252.GetBytes(text);
}
