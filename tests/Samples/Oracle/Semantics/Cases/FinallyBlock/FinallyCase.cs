namespace OracleSemantics;

internal static class FinallyCase
{
    public static int Run()
    {
        int result = 0;
        try
        {
            result = 1;
        }
        finally
        {
            FinallyTarget.Value += result;
        }

        return result;
    }
}
