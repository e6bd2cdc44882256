using System;

namespace OracleNpgsql;

internal static class TimestampSwitches
{
    // No Npgsql code may run before this: Npgsql caches the switch in a static readonly field on first use.
    [InitOrder.InitPatch(Assemblies = new[] { "Npgsql" })]
    internal static void UseLegacyTimestamps() => AppContext.SetSwitch("Npgsql.EnableLegacyTimestampBehavior", true);
}
