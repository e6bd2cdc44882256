using System.Collections.Generic;

namespace OracleSemantics;

internal static class IteratorCase
{
    public static int Run()
    {
        int sum = 0;
        foreach (int item in Items())
        {
            sum += item;
        }

        return sum;
    }

    private static IEnumerable<int> Items()
    {
        yield return 1;
        yield return IteratorTarget.Value;
    }
}
