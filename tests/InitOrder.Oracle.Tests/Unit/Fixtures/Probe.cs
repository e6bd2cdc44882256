using System.Runtime.CompilerServices;
using System.Text;

namespace InitOrder.Oracle.Tests.Unit.Fixtures;

/// <summary>Methods whose IL the metadata tests read back; kept out of line so each body is what it says.</summary>
public static class Probe
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int ReadsField() => Touched.Value;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string ReadsGenericInstantiation() => Cache<string>.Value ?? "";

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int ReadsNestedType() => Outer.Inner.Value;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int PassesNull() => Length(null);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Length(StringBuilder? builder) => builder?.Length ?? 0;
}
