namespace OracleSemantics;

internal interface IGreeter
{
    int Greet();
}
