namespace OracleSemantics;

internal sealed class Row
{
    public int this[int column] => IndexerTarget.Value + column;
}
