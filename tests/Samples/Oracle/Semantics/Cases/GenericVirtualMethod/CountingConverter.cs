namespace OracleSemantics;

internal sealed class CountingConverter : Converter
{
    public override T Convert<T>(T value)
    {
        GenericVirtualTarget.Value++;
        return value;
    }
}
