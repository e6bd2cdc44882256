using Polly;

namespace OracleDataAccess;

/// <summary>The options Polly asks for when a custom strategy is added.</summary>
public sealed class NoisyOptions : ResilienceStrategyOptions
{
}
