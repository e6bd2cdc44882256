using System.Runtime.CompilerServices;

namespace OracleSemantics;

internal static class NewSlotCase
{
    // A call through Report's slot on a ShortReport runs Report.Lines: ShortReport only overrides SummaryReport's slot.
    public static int Run() => Create().Lines();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Report Create() => new ShortReport();
}
