namespace OracleSemantics;

internal static class Factory
{
    // new T() compiles to Activator.CreateInstance<T>(): the framework, not this IL, calls Widget's constructor.
    public static T Create<T>()
        where T : new() => new T();
}
