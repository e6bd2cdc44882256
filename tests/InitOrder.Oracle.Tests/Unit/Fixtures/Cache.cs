namespace InitOrder.Oracle.Tests.Unit.Fixtures;

public static class Cache<T>
{
    public static readonly string Name = typeof(T).Name;
}
