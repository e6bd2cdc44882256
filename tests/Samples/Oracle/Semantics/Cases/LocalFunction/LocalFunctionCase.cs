namespace OracleSemantics;

internal static class LocalFunctionCase
{
    public static int Run(int offset)
    {
        return Read() + Shifted();

        static int Read() => LocalFunctionTarget.Value;

        // Captures a parameter: compiled to a method taking a closure struct by reference.
        int Shifted() => LocalFunctionTarget.Value + offset;
    }
}
