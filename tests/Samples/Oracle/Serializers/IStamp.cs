namespace OracleSerializers;

public interface IStamp
{
    string Text { get; }
}
