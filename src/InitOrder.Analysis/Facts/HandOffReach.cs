namespace InitOrder.Analysis.Facts;

/// <summary>What a <see cref="HandOffTarget"/> gives framework code: the objects of the named type, or only what such objects keep.</summary>
internal enum HandOffReach : byte
{
    /// <summary>Objects of the type, or of a type deriving from it.</summary>
    Objects,

    /// <summary>
    /// Objects of a generic instantiation (<c>List&lt;Order&gt;</c>): its type arguments name what such objects keep,
    /// and are handed on their own, so containers kept elsewhere under the same definition are not released.
    /// </summary>
    ObjectsOfInstantiation,

    /// <summary>
    /// Only what framework objects of the type keep: the receiver of an interface method, whose implementation is
    /// followed code (dispatch shows it) unless the object is the framework's own (a list's enumerator).
    /// </summary>
    Contents,

    /// <summary>
    /// The receiver of <c>ToString</c>, <c>Equals</c> or <c>GetHashCode</c> called as <c>System.Object</c>'s: a type that
    /// inherits the implementation of a framework class other than <c>Object</c> and <c>ValueType</c> (an exception's
    /// <c>ToString</c> reads <c>Message</c>) may have any override called.
    /// </summary>
    ObjectMethodReceiver,
}
