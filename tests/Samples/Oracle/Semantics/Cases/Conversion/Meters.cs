namespace OracleSemantics;

internal readonly struct Meters
{
    public Meters(double value)
    {
        Value = value;
    }

    public double Value { get; }

    public static explicit operator int(Meters meters) => (int)meters.Value * ConversionTarget.Value;
}
