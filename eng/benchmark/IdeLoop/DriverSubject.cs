using System;
using System.Linq;
using InitOrder.Generator;
using Microsoft.CodeAnalysis;

namespace InitOrder.Benchmarks.IdeLoop;

/// <summary>The generators the IDE-like benchmark drives, each in its own driver: InitOrder and its baselines.</summary>
internal enum DriverSubject
{
    InitOrder,

    /// <summary>InitOrder's generator from the --baseline-package, when one is given.</summary>
    InitOrderBaselinePackage,
    OneMatch,
    NoMatch,
}

internal static class DriverSubjects
{
    public static DriverSubject[] For(string? packagedGenerator) => packagedGenerator is null
        ? new[] { DriverSubject.InitOrder, DriverSubject.OneMatch, DriverSubject.NoMatch }
        : Enum.GetValues<DriverSubject>().ToArray();

    public static IIncrementalGenerator Create(DriverSubject subject, string? packagedGenerator) => subject switch
    {
        DriverSubject.InitOrder => new InitPatchGenerator(),
        DriverSubject.InitOrderBaselinePackage => PackagedGenerator.Load(packagedGenerator ?? throw new ArgumentNullException(nameof(packagedGenerator))),
        DriverSubject.OneMatch => new BaselineGenerator(BaselineAttributeSource.MetadataName),
        DriverSubject.NoMatch => new BaselineGenerator("InitOrder.UnusedAttribute"),
        _ => throw new ArgumentOutOfRangeException(nameof(subject)),
    };
}
