using System;
using System.Threading.Tasks;
using Polly;

namespace OracleDataAccess;

/// <summary>Created only in Main: the pipeline's calls to ResilienceStrategy.ExecuteCore never land here before.</summary>
public sealed class NoisyStrategy : ResilienceStrategy
{
    public static int Rang { get; private set; }

    protected override ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        Rang += AlarmBell.Tone.Length;
        return callback(context, state);
    }
}
