using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>
/// Runs the verifier under a hang bound: a run that has not finished in time fails the test instead of
/// stalling the suite. The bound is generous (it is no performance assertion): it only separates
/// "finished" from "never finishes".
/// </summary>
internal static class BoundedRun
{
    public static readonly TimeSpan HangBound = TimeSpan.FromSeconds(10);

    /// <summary>Large fixtures (a million edges, 100,000-deep chains) get more room on a slow, shared CI core.</summary>
    public static readonly TimeSpan LargeFixtureHangBound = TimeSpan.FromSeconds(60);

    public static T Run<T>(Func<T> work, TimeSpan bound, string what)
    {
        var task = Task.Run(work);
        if (!task.Wait(bound))
        {
            Assert.Fail(what + " did not finish within " + bound.TotalSeconds + " s: a hang.");
        }

        return task.Result;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a thread with only <paramref name="stackBytes"/> of stack: recursion
    /// proportional to the input's depth would overflow it and take the test process down.
    /// </summary>
    public static T RunOnSmallStack<T>(Func<T> work, int stackBytes, TimeSpan bound, string what)
    {
        T? result = default;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, stackBytes);
        thread.IsBackground = true;
        thread.Start();
        if (!thread.Join(bound))
        {
            Assert.Fail(what + " did not finish within " + bound.TotalSeconds + " s: a hang.");
        }

        failure?.Throw();
        return result!;
    }

    public static VerificationResult Verify(CompiledAssembly assembly, TimeSpan? bound = null) =>
        Run(() => assembly.Verify(), bound ?? HangBound, "Verify(" + assembly.Name + ")");
}
