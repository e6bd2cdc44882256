namespace OracleSemantics;

/// <summary>Written by an event's add accessor.</summary>
public static class EventTarget
{
    // A field initializer gives the type a static constructor, so the oracle sees it run.
    public static int Value = 1;
}
