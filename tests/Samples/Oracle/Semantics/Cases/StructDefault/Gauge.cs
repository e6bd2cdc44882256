namespace OracleSemantics;

internal struct Gauge
{
    public int Level { get; set; }

    public readonly int Read() => Level + StructTarget.Value;
}
