using OracleProbe;

namespace OracleHosting;

/// <summary>Read only by LoudGreeter, which nothing creates: clean.</summary>
public static class Volume
{
    public static readonly bool SawPatch;

    public static string Level = "normal";

    static Volume()
    {
        SawPatch = PatchLog.HasStarted(nameof(Volume));
    }
}
