namespace OracleSemantics;

/// <summary>Read by a user-defined operator.</summary>
public static class OperatorTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
