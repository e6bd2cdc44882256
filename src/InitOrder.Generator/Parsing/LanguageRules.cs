namespace InitOrder.Generator.Parsing;

/// <summary>Language versions as the numbers Roslyn's LanguageVersion enum uses (9.0 is 900).</summary>
internal static class LanguageRules
{
    public const int CSharp9 = 900;
    public const int CSharp11 = 1100;

    public static string Format(int version) => (version / 100) + "." + (version % 100);
}
