namespace OracleSemantics;

internal interface IDescribed
{
    int Describe() => DefaultInterfaceTarget.Value;
}
