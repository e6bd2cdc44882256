namespace OracleHosting;

public interface IGreeter
{
    string Greet();
}
