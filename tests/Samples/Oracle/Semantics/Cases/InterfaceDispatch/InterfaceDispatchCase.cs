namespace OracleSemantics;

internal static class InterfaceDispatchCase
{
    public static int Run()
    {
        IGreeter greeter = new Greeter();
        return greeter.Greet();
    }
}
