using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests;

/// <summary>All oracle tests share one packed package and the sample outcomes, one build at a time (two cores).</summary>
[CollectionDefinition(Name)]
public sealed class OracleCollection : ICollectionFixture<OracleLab>
{
    public const string Name = "Run-time oracle";
}
