using OracleProbe;

namespace OracleAttributes;

/// <summary>Read by CaptionAttribute's Text setter, a named argument; TypeDescriptor.GetAttributes reads Label's attributes: flagged.</summary>
public static class CaptionStyle
{
    public static readonly bool SawPatch;

    public static string Case = "lower";

    static CaptionStyle()
    {
        SawPatch = PatchLog.HasStarted(nameof(CaptionStyle));
    }
}
