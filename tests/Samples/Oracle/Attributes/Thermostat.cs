using OracleProbe;

namespace OracleAttributes;

/// <summary>Read by TemperatureConverter.ConvertFrom, which TypeDescriptor's converter runs: flagged.</summary>
public static class Thermostat
{
    public static readonly bool SawPatch;

    public static string Unit = "C";

    static Thermostat()
    {
        SawPatch = PatchLog.HasStarted(nameof(Thermostat));
    }
}
