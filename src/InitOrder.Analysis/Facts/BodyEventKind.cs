namespace InitOrder.Analysis.Facts;

/// <summary>What a <see cref="BodyEvent"/> is.</summary>
internal enum BodyEventKind : byte
{
    /// <summary>A <c>call</c> to a method with code.</summary>
    Call,
    /// <summary>The first access to a type, which runs its static constructor before the instruction does its work.</summary>
    Trigger,
    /// <summary>An <c>stsfld</c>.</summary>
    Write,
}
