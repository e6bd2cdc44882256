namespace OracleSemantics;

internal static class DefaultInterfaceCase
{
    public static int Run()
    {
        IDescribed described = new Described();
        return described.Describe();
    }
}
