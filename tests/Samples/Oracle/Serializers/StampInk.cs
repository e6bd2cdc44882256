using OracleProbe;

namespace OracleSerializers;

/// <summary>Read only by FancyStamp, which only Main creates: clean although System.Text.Json serializes a Receipt first.</summary>
public static class StampInk
{
    public static readonly bool SawPatch;

    public static string Color = "black";

    static StampInk()
    {
        SawPatch = PatchLog.HasStarted(nameof(StampInk));
    }
}
