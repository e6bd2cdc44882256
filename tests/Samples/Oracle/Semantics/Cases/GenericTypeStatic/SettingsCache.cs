namespace OracleSemantics;

/// <summary>One cache per type argument; the patch targets every instantiation at once (typeof(SettingsCache&lt;&gt;)).</summary>
public static class SettingsCache<T>
{
    public static string Value = typeof(T).Name;
}
