namespace InitOrder.Oracle.Tests.Fuzz;

/// <summary>
/// One random case: its own namespace with a target type, a patch on it (Order 10), and earlier code (a patch at
/// Order 0 and maybe a module initializer) that may or may not reach it. Cases share nothing, so many of them can
/// run in one program and each is still judged on its own.
/// </summary>
public sealed record FuzzCase(int Number, string Namespace, string Source)
{
    /// <summary>The Order-10 patch on the case's target, in the verifier's naming.</summary>
    public string TargetPatch => Namespace + ".Patches.Late";
}
