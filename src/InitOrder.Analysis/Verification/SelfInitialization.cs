using System.Collections.Generic;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reachability;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// INIT106 before it is put into words: the patch runs <see cref="Constructor"/> (its target's static constructor)
/// through <see cref="Trigger"/>, and that constructor reads <see cref="Field"/>, which the patch writes at or after
/// the trigger, through <see cref="Read"/>.
/// </summary>
/// <param name="Trigger">The patch, then each method it calls on the way, with the instruction it is at; the last instruction runs the constructor.</param>
/// <param name="Read">From the constructor down to the method that reads the field, read back from a mark log.</param>
/// <param name="ReadOffset">Where that method reads it.</param>
internal sealed record SelfInitialization(
    DiscoveredPatch Patch,
    Target Target,
    IReadOnlyList<(MethodNode Method, int ILOffset)> Trigger,
    MethodNode Constructor,
    IReadOnlyList<PathStep> Read,
    int ReadOffset,
    StaticField Field);
