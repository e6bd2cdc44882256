using OracleProbe;

namespace OracleAttributes;

/// <summary>Read by Circle's constructor, which System.Text.Json runs for the \"circle\" discriminator of Shape's [JsonDerivedType]: flagged.</summary>
public static class CircleRules
{
    public static readonly bool SawPatch;

    public static string Precision = "2";

    static CircleRules()
    {
        SawPatch = PatchLog.HasStarted(nameof(CircleRules));
    }
}
