using System;
using System.Collections.Generic;

namespace InitOrder.Oracle.Tests.Samples;

/// <summary>
/// How the samples' precision is measured beyond the table, on request (both off in CI):
/// <list type="bullet">
/// <item><c>INITORDER_ORACLE_EXPLAIN=1</c> writes, under each prediction that did not run in
/// <c>artifacts/oracle/unconfirmed.md</c>, the chain that first reached it and the edge where it left the run
/// (<see cref="VerificationRequest.ExplainStaticConstructors"/>; about 10 s more for the whole oracle).</item>
/// <item><c>INITORDER_ORACLE_IGNORE_REFLECTION=LiveAndMentionedTypes,HandedTypes</c> makes the samples' verifications skip
/// reflective calls of those kinds or reasons (<see cref="VerificationRequest.IgnoredReflection"/>). That is unsound on
/// purpose: the precision table then says how much the knocked-out rules cost, so the work that would bound them can be
/// weighed before it is built. Verdict tests may fail under it (a knocked-out rule can be what flags a sample); read only
/// the precision table.</item>
/// <item><c>INITORDER_ORACLE_IGNORE_TYPE_WIDE_ESCAPES=1</c> makes the samples' and the fuzz's verifications skip every
/// hand-over of an object of any type to framework code (<see cref="VerificationRequest.IgnoreTypeWideEscapes"/>), also
/// unsound on purpose: the ceiling of a value analysis that would name what those objects can be. Read only the
/// precision table and the fuzz's false-positive figure.</item>
/// </list>
/// </summary>
public static class OracleMeasurement
{
    public static bool ExplainPredictions { get; } = Environment.GetEnvironmentVariable("INITORDER_ORACLE_EXPLAIN") == "1";

    public static IReadOnlyCollection<string> IgnoredReflection { get; } =
        (Environment.GetEnvironmentVariable("INITORDER_ORACLE_IGNORE_REFLECTION") ?? "").Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries);

    public static bool IgnoreTypeWideEscapes { get; } = Environment.GetEnvironmentVariable("INITORDER_ORACLE_IGNORE_TYPE_WIDE_ESCAPES") == "1";

    /// <summary>The line the precision table and the fuzz's findings open with under a knock-out; empty without one.</summary>
    public static string Heading =>
        (IgnoredReflection.Count == 0 ? "" : "Knock-out (unsound, a ceiling): reflective calls of " + string.Join(", ", IgnoredReflection) + " skipped.\n\n") +
        (IgnoreTypeWideEscapes ? "Knock-out (unsound, a ceiling): hand-overs of objects of every type to framework code skipped.\n\n" : "");

    /// <summary>A verification of the oracle's, with the knock-outs asked for.</summary>
    public static VerificationRequest Request(string assembly, IReadOnlyList<string> references, string directory) =>
        new(assembly, references, null, directory)
        {
            ExplainStaticConstructors = ExplainPredictions,
            IgnoredReflection = IgnoredReflection,
            IgnoreTypeWideEscapes = IgnoreTypeWideEscapes,
        };
}
