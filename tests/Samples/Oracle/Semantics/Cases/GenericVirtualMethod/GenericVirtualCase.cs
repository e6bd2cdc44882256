namespace OracleSemantics;

internal static class GenericVirtualCase
{
    public static int Run()
    {
        Converter converter = new CountingConverter();
        return converter.Convert(41) + converter.Convert("x").Length;
    }
}
