namespace InitOrder.Oracle.Tests.Unit.Fixtures;

public static class Seeded
{
    private static readonly int s_seed = Touched.Value + 1;

    public static int Read() => s_seed;
}
