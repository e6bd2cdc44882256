namespace InitOrder.Analysis.Guards;

/// <summary>
/// The instructions from <paramref name="Start"/> up to <paramref name="End"/> (exclusive) of one method run only when
/// <paramref name="Guard"/>'s field is true: a forward <c>brfalse</c> right after its getter jumps over them, and
/// nothing else jumps into them.
/// </summary>
internal sealed record GuardedRegion(int Start, int End, FieldGuard Guard)
{
    public bool Contains(int ilOffset) => ilOffset >= Start && ilOffset < End;
}
