using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>All package tests share one packed package and run one build at a time (the machine has two cores).</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<PackedPackageFixture>
{
    public const string Name = "Packed InitOrder package";
}
