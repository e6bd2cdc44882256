using System;
using System.Collections.Generic;

namespace InitOrder.Oracle.Tests.Samples;

/// <summary>
/// A precision ceiling, measured on request: <c>INITORDER_ORACLE_IGNORE_REFLECTION=LiveAndMentionedTypes,HandedTypes</c>
/// makes the samples' verifications skip reflective calls of those kinds or reasons
/// (<see cref="VerificationRequest.IgnoredReflection"/>). That is unsound on purpose: the precision table then says
/// how much the knocked-out rules cost, so the work that would bound them can be weighed before it is built. Verdict
/// tests may fail under it (a knocked-out rule can be what flags a sample); read only the precision table.
/// </summary>
public static class OracleKnockout
{
    public const string Variable = "INITORDER_ORACLE_IGNORE_REFLECTION";

    public static IReadOnlyCollection<string> IgnoredReflection { get; } =
        (Environment.GetEnvironmentVariable(Variable) ?? "").Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The line the precision table opens with under a knock-out; empty without one.</summary>
    public static string Heading =>
        IgnoredReflection.Count == 0 ? "" : "Knock-out (unsound, a ceiling): reflective calls of " + string.Join(", ", IgnoredReflection) + " skipped.\n\n";
}
