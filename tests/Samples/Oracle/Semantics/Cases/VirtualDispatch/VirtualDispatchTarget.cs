namespace OracleSemantics;

/// <summary>Read by an override that is only reached through a virtual call.</summary>
public static class VirtualDispatchTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
