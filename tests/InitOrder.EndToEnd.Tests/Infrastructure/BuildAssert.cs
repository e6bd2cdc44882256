using System.Linq;

namespace InitOrder.EndToEnd.Tests.Infrastructure;

/// <summary>Build assertions that show the whole build output when they fail.</summary>
public static class BuildAssert
{
    public static void Succeeded(ProcessResult build) => Assert.True(build.ExitCode == 0, build.ToString());

    public static MsBuildDiagnostic FailedWithSingle(ProcessResult build, string code)
    {
        Assert.True(build.ExitCode != 0, "expected the build to fail\n" + build);
        var matches = MsBuildDiagnostic.Parse(build.Output).Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected exactly one {code}, found {matches.Count}\n{build}");
        return matches[0];
    }

    public static void HasNoInitOrderDiagnostics(ProcessResult build)
        => Assert.False(MsBuildDiagnostic.Parse(build.Output).Any(d => d.Code.StartsWith("INIT")), build.ToString());
}
