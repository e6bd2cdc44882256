using OracleProbe;

namespace OracleHosting;

/// <summary>Read by Greeter's constructor: flagged, since the container builds a Greeter before this patch.</summary>
public static class Salutation
{
    public static readonly bool SawPatch;

    public static string Text = "Hello";

    static Salutation()
    {
        SawPatch = PatchLog.HasStarted(nameof(Salutation));
    }
}
