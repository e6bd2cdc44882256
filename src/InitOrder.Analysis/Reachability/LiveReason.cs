using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reachability;

/// <summary>Why a type is live: the instruction after which its objects can exist, as a chain's "live" note names it.</summary>
/// <param name="How">"created", "used as a value", "constructed by the framework" or "constructed by reflection".</param>
/// <param name="Epoch">The first world (patch, in run order) in which it is live.</param>
internal sealed record LiveReason(MethodNode Site, int ILOffset, string How, int Epoch)
{
    /// <summary><c>created in Holder..cctor (Holder.cs:3)</c>.</summary>
    public string Describe()
    {
        var location = Site.LocationAt(ILOffset);
        return How + " in " + Site.ShortName + (location is null ? "" : " (" + location + ")");
    }

    public static string HowOf(InstantiationKind kind) => kind switch
    {
        InstantiationKind.Created => "created",
        InstantiationKind.ValueTypeUsed => "used as a value",
        _ => "constructed by the framework",
    };
}
