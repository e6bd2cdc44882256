namespace InitOrder.Oracle.Tests.Unit;

/// <summary>Native offsets of a stack frame map back to the IL instruction whose code holds them.</summary>
public sealed class ILNativeMapTests
{
    // IL 0 at native 0x10 (after a prolog at -1), IL 6 at 0x20, IL 12 at 0x38, epilog (-2) at 0x50.
    private static readonly ILNativeMap Map = new(new[] { -1, 0, 6, 12, -2 }, new[] { 0, 0x10, 0x20, 0x38, 0x50 });

    [Theory]
    [InlineData(0x10, 0)]
    [InlineData(0x1F, 0)]
    [InlineData(0x20, 6)]
    [InlineData(0x40, 12)]
    [InlineData(0x60, 12)]
    public void Offset_maps_to_the_last_instruction_starting_at_or_before_it(int native, int il)
    {
        Assert.Equal(il, Map.ILOffsetAt(native));
    }

    [Fact]
    public void Prolog_has_no_IL_offset()
    {
        Assert.Null(Map.ILOffsetAt(0x4));
    }
}
