namespace InitOrder.Analysis.Facts;

/// <summary>How much a method's body shows of the receiver of a call to one of <c>object</c>'s virtual slots.</summary>
internal enum ObjectSlotReceiverKind : byte
{
    /// <summary>
    /// A string or a primitive value (<c>constrained. int32</c>): the framework's own override runs, and it calls
    /// nothing back.
    /// </summary>
    Primitive,

    /// <summary>
    /// A class of analysed code whose base classes are all analysed code up to <c>object</c>: an override in that
    /// chain or below it runs, or <c>object</c>'s own, which calls nothing back.
    /// </summary>
    AnalysedClass,

    /// <summary>
    /// A struct, a framework class, or a class deriving from one: the overrides in analysed code are bounded as for a class,
    /// but a framework implementation may run and may call back what the receiver holds (a tuple's items, a struct's fields).
    /// </summary>
    Other,
}
