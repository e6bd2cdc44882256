using System;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// Notes the calls the analysis cannot follow: code in assemblies that are missing or reference-only (counted per
/// assembly). Every occurrence counts, repeats included. Reflection is followed (see Reflection/ReflectionScan).
/// </summary>
internal static class UnfollowedCalls
{
    public static void Note(ResolutionContext context, FactsCollector facts, MethodNode method, int offset, MemberToken token, ResolvedMethod? resolved)
    {
        var owner = token.Owner?.Definition;
        if (resolved is not null && resolved.DeclaringType.HasCode)
        {
            return;
        }

        string? assemblyName = resolved?.DeclaringType.Assembly.Name ?? owner?.AssemblyName;
        if (assemblyName is null || string.Equals(assemblyName, method.Assembly.Name, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        string why = context.Assemblies.Get(assemblyName) is null ? context.Assemblies.WhyMissing(assemblyName) : "reference assembly: no method bodies";
        facts.Note(NotFollowedNote.ExternalCode(assemblyName, why, offset));
    }
}
