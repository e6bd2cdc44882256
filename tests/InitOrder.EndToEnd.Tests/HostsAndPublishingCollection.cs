using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>The second half of the package tests (see <see cref="EndToEndCollection"/>): publishing, IDE and watch hosts, severities, cross-assembly builds, direct violations.</summary>
[CollectionDefinition(Name)]
public sealed class HostsAndPublishingCollection : ICollectionFixture<PackedPackageFixture>
{
    public const string Name = "Packed InitOrder package, hosts and publishing";
}
