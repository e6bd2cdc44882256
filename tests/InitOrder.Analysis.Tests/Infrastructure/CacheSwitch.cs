using System;
using System.IO;
using System.Runtime.CompilerServices;
using InitOrder.Analysis.Facts.Cache;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>
/// Runs every verification of these tests through the facts cache (one folder for the whole test run, so tests that
/// verify the same assembly twice replay it) and through reuse of the previous verification (a folder beside each
/// assembly, so a test that verifies the same files twice gets the saved findings the second time), unless
/// <c>INITORDER_TESTS_CACHE=off</c>: then none does. Both settings must pass:
/// <c>INITORDER_TESTS_CACHE=off dotnet test tests/InitOrder.Analysis.Tests</c>.
/// </summary>
internal static class CacheSwitch
{
    public const string Variable = "INITORDER_TESTS_CACHE";

    [ModuleInitializer]
    internal static void Apply()
    {
        if (!string.Equals(Environment.GetEnvironmentVariable(Variable), "off", StringComparison.OrdinalIgnoreCase))
        {
            FactsCache.DirectoryForTests = Path.Combine(TestFolders.Root, "facts-cache");
            InitOrder.Analysis.Reuse.ResultReuse.FolderNameForTests = "initorder-reuse";
        }
    }
}
