using System.Runtime.CompilerServices;

namespace InitOrder.Oracle.Tests.Unit.Fixtures;

/// <summary>Two module initializers of this test assembly, for reading &lt;Module&gt;..cctor back; they do nothing.</summary>
internal static class ModuleStart
{
    [ModuleInitializer]
    internal static void First()
    {
    }

    [ModuleInitializer]
    internal static void Second()
    {
    }
}
