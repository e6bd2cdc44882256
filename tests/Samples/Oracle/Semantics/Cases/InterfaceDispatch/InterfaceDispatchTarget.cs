namespace OracleSemantics;

/// <summary>Read by an interface implementation.</summary>
public static class InterfaceDispatchTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
