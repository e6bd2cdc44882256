using System;
using InitOrder.Generator;
using Microsoft.CodeAnalysis;

namespace InitOrder.Benchmarks.IdeLoop;

/// <summary>The generators the IDE-like benchmark drives, each in its own driver: InitOrder and its two baselines.</summary>
internal enum DriverSubject
{
    InitOrder,
    OneMatch,
    NoMatch,
}

internal static class DriverSubjects
{
    public static readonly DriverSubject[] All = { DriverSubject.InitOrder, DriverSubject.OneMatch, DriverSubject.NoMatch };

    public static IIncrementalGenerator Create(DriverSubject subject) => subject switch
    {
        DriverSubject.InitOrder => new InitPatchGenerator(),
        DriverSubject.OneMatch => new BaselineGenerator(BaselineAttributeSource.MetadataName),
        DriverSubject.NoMatch => new BaselineGenerator("InitOrder.UnusedAttribute"),
        _ => throw new ArgumentOutOfRangeException(nameof(subject)),
    };
}
