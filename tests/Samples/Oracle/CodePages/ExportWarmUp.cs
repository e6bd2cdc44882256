#if EARLY_CAPTURE
using System;

namespace OracleCodePages;

/// <summary>Start-up work that warms the exporter before the code pages are registered: the bug this variant shows.</summary>
internal static class ExportWarmUp
{
    [InitOrder.InitPatch(typeof(ExportStatus), Order = -1)]
    internal static void Prepare()
    {
        try
        {
            GC.KeepAlive(LegacyExport.Windows1252);
        }
        catch (TypeInitializationException e)
        {
            // The static constructor failed for good: every later use of LegacyExport throws the same exception.
            ExportStatus.WarmUpError = e.InnerException?.GetType().Name;
        }
    }
}
#endif
