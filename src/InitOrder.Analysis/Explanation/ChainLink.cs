namespace InitOrder.Analysis.Explanation;

/// <summary>How a chain step leads to the next: the arrow the chain's text draws and the words its steps carry.</summary>
internal enum ChainLink : byte
{
    /// <summary>The last step, or a step whose relation is plain words.</summary>
    None,
    /// <summary>A call, <c>new</c>, a static constructor, a module initializer: <c>→</c>.</summary>
    Direct,
    /// <summary>Virtual dispatch to a live receiver: <c>⇒</c>.</summary>
    Dispatch,
    /// <summary>Reflection: <c>⇒ (reflection)</c>.</summary>
    Reflection,
    /// <summary>An invoked delegate: <c>⇒</c>.</summary>
    Delegate,
    /// <summary>Framework code calling back an override of an object it was handed (no call in the IL): <c>⇒</c>.</summary>
    Callback,
}
