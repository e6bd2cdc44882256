using System;
using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>The story in the README: the gevent monkey-patching bug, ported to C#, with and without InitOrder.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class GeventSampleTests(PackedPackageFixture package)
{
    [Fact]
    public void Without_InitOrder_the_registry_records_the_unpatched_identity_and_shutdown_throws()
    {
        var sample = package.CreateProject("Gevent").WithSample("Gevent");

        var build = sample.Build("-p:UseInitOrder=false");
        BuildAssert.Succeeded(build);
        var run = sample.Run();

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("KeyNotFoundException", run.StandardError);
        Assert.True(
            run.StandardOutput.IndexOf("[registry] recorded MainThread", StringComparison.Ordinal) < run.StandardOutput.IndexOf("[patch]", StringComparison.Ordinal),
            run.ToString());
    }

    [Fact]
    public void With_InitOrder_the_patch_runs_first_and_the_process_exits_cleanly()
    {
        var sample = package.CreateProject("Gevent").WithSample("Gevent");

        var build = sample.Build();
        BuildAssert.Succeeded(build);
        var run = sample.Run();

        Assert.True(run.ExitCode == 0, run.ToString());
        var output = run.StandardOutput;
        Assert.True(output.IndexOf("[patch]", StringComparison.Ordinal) < output.IndexOf("[telemetry]", StringComparison.Ordinal), run.ToString());
        Assert.Contains("[registry] recorded MainThread as 10", output);
        Assert.Contains("[main] patches applied by InitOrder: Gevent.GreenletPatch.Apply", output);
        Assert.Contains("[main] clean exit", output);
    }
}
