namespace OracleSemantics;

internal sealed class DerivedRecord : BaseRecord
{
    public int Read() => Seed;
}
