namespace OracleSemantics;

/// <summary>Read by a base method that a newslot method hides and a leaf class overrides: the base still runs.</summary>
public static class NewSlotTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
