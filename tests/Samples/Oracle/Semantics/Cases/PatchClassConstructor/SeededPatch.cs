namespace OracleSemantics;

/// <summary>A patch class with static state: its static constructor runs before the patch body can.</summary>
internal static class SeededPatch
{
    private static readonly int s_seed;

    static SeededPatch()
    {
        s_seed = PatchClassTarget.Value;
    }

    [InitOrder.InitPatch(typeof(PatchClassTarget), Order = 1)]
    internal static void Apply() => PatchClassTarget.Value = s_seed + 100;
}
