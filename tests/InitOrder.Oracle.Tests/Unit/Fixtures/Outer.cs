namespace InitOrder.Oracle.Tests.Unit.Fixtures;

public static class Outer
{
    public static class Inner
    {
        public static int Value;

        public static int Read() => Value;
    }
}
