namespace InitOrder.Oracle.Tests.Unit.Fixtures;

public static class Touched
{
    public static int Value;
}
