namespace OracleSemantics;

internal abstract class Converter
{
    public abstract T Convert<T>(T value);
}
