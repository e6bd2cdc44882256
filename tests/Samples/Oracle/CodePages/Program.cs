using System;

namespace OracleCodePages;

internal static class Program
{
    private static int Main()
    {
        Console.WriteLine("[codepages] warm-up error: " + (ExportStatus.WarmUpError ?? "none"));
        try
        {
            Console.WriteLine("[codepages] export encoding: " + LegacyExport.Windows1252.WebName);
            Console.WriteLine("[codepages] e-acute encodes to 0x" + Convert.ToHexString(LegacyExport.Encode("\u00e9")));
        }
        catch (TypeInitializationException)
        {
            Console.WriteLine("[codepages] export encoding unavailable: captured before the provider was registered");
        }

        return 0;
    }
}
