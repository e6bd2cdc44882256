using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>
/// The package tests in two collections, each with its own packed feed and NuGet cache, which xunit runs side by side.
/// A build keeps about one core busy, so two at a time suit the two-core machines this suite must finish on (measured:
/// two halves at once took 95 s against 130 s one after the other). Within a collection, one build at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<PackedPackageFixture>
{
    public const string Name = "Packed InitOrder package";
}
