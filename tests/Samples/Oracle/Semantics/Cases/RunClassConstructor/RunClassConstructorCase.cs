using System.Runtime.CompilerServices;

namespace OracleSemantics;

internal static class RunClassConstructorCase
{
    // Warm-up code does this to move static initialization off the hot path; nothing here names a member of Preloaded.
    public static int Run()
    {
        RuntimeHelpers.RunClassConstructor(typeof(Preloaded).TypeHandle);
        return 0;
    }
}
