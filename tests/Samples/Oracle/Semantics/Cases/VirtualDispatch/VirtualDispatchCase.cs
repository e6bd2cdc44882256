using System.Runtime.CompilerServices;

namespace OracleSemantics;

internal static class VirtualDispatchCase
{
    public static int Run() => Create().Area();

    // Not inlined: the call site must see only Shape, as code that receives a shape from elsewhere does.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Shape Create() => new Square();
}
