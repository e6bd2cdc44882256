namespace OracleSemantics;

internal static class Settings
{
    public static int Current => PropertyTarget.Value;
}
