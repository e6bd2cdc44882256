namespace InitOrder.Tracing;

public enum JitEventKind
{
    /// <summary>MethodJittingStarted: the method is about to run for the first time (or is recompiled at a higher tier).</summary>
    Started,
    /// <summary>MethodLoadVerbose: compilation finished; carries the code's address range.</summary>
    Finished,
}
