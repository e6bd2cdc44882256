namespace OracleSemantics;

internal static class EventCase
{
    public static int Run()
    {
        Notifier.Changed += OnChanged;
        return 0;
    }

    private static void OnChanged()
    {
    }
}
