namespace OracleSemantics;

internal class Report
{
    public virtual int Lines() => NewSlotTarget.Value;
}
