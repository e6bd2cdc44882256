using OracleProbe;

namespace OracleTraceShapes;

/// <summary>Named by DeadBranch.Run() only in a branch it never takes.</summary>
public static class DeadTarget
{
    public static readonly bool SawPatch;

    public static int Value = 1;

    static DeadTarget()
    {
        SawPatch = PatchLog.HasStarted(nameof(DeadTarget));
    }
}
