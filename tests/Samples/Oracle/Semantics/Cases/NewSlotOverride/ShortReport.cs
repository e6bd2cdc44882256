namespace OracleSemantics;

internal sealed class ShortReport : SummaryReport
{
    public override int Lines() => 1;
}
