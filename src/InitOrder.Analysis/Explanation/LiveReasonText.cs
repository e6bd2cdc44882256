using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reachability;

namespace InitOrder.Analysis.Explanation;

/// <summary>Where a type became live, as a chain's "live" note names it: <c>SImpl created in Holder..cctor (Holder.cs:3)</c>.</summary>
internal static class LiveReasonText
{
    public static string Describe(LiveReceiver receiver) => receiver.Type.Name.DisplayName + " " + Describe(receiver.Reason);

    public static string Describe(LiveReason reason)
    {
        var location = reason.Site.LocationAt(reason.ILOffset);
        return How(reason.How) + " in " + reason.Site.ShortName + (location is null ? "" : " (" + location + ")");
    }

    private static string How(InstantiationKind kind) => kind switch
    {
        InstantiationKind.Created => "created",
        InstantiationKind.ValueTypeUsed => "used as a value",
        InstantiationKind.ConstructedByReflection => "constructed by reflection",
        InstantiationKind.ConstructedForCaller => "constructed for its caller by reflection",
        _ => "constructed by the framework",
    };
}
