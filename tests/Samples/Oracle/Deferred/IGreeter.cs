namespace OracleDeferred;

public interface IGreeter
{
    string Greet();
}
