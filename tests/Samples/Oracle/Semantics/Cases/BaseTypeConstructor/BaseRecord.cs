namespace OracleSemantics;

internal class BaseRecord
{
    protected static readonly int Seed;

    // Explicit, so not beforefieldinit: it runs before the first constructor of the type, derived ones included.
    static BaseRecord()
    {
        Seed = BaseTypeTarget.Value;
    }
}
