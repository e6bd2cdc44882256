namespace OracleSerilogConsole;

/// <summary>Logged as a scalar property by a start-up patch, so the sink renders it with ToString().</summary>
public sealed class Shipment
{
    public Shipment(string parcel)
    {
        Parcel = parcel;
    }

    public string Parcel { get; }

    public override string ToString() => Parcel + " via " + Carrier.Name;
}
