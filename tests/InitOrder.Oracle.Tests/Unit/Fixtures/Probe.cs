using System.Runtime.CompilerServices;

namespace InitOrder.Oracle.Tests.Unit.Fixtures;

/// <summary>A method whose metadata the tests read back; it mentions <see cref="Touched"/> without running its code.</summary>
public static class Probe
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int ReadsField() => Touched.Value;
}
