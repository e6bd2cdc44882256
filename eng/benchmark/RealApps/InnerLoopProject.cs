using System.IO;
using System.Text;

namespace InitOrder.Benchmarks.RealApps;

/// <summary>
/// The inner loop in a warm MSBuild node without leaving a node behind: one MSBuild process builds the app, then
/// edits its own code and builds again, several times. Each build gets its own global property, so MSBuild builds
/// the project again instead of returning the first build's results; the task assembly stays loaded and JIT-compiled
/// in the process, as in a node that IDEs and repeated <c>dotnet build</c>s reuse. After each build the verifier's
/// report is copied aside.
/// </summary>
internal static class InnerLoopProject
{
    public static string Write(RealApp app, string folder, int edits, int firstEdit)
    {
        var text = new StringBuilder("<Project>\n  <Target Name=\"InnerLoop\">\n");
        for (int round = 0; round <= edits; round++)
        {
            // Round 0 warms the node; its edit makes sure the compiler and the verifier run in it too.
            text.Append("    <WriteLinesToFile File=\"").Append(app.EditFile).Append("\" Lines=\"")
                .Append(System.Security.SecurityElement.Escape(RealApp.EditSource(firstEdit + round).TrimEnd().Replace(";", "%3B")))
                .Append("\" Overwrite=\"true\" />\n");
            text.Append("    <MSBuild Projects=\"").Append(app.Project).Append("\" Targets=\"Build\" Properties=\"Configuration=Release;InitOrderBenchmarkRound=")
                .Append(round).Append("\" ContinueOnError=\"true\" />\n");
            text.Append("    <Copy SourceFiles=\"").Append(app.Report).Append("\" DestinationFiles=\"").Append(ReportOf(folder, round)).Append("\" ContinueOnError=\"true\" />\n");
        }

        text.Append("  </Target>\n</Project>\n");
        string project = Path.Combine(folder, "InnerLoop.proj");
        Directory.CreateDirectory(folder);
        File.WriteAllText(project, text.ToString());
        return project;
    }

    public static string ReportOf(string folder, int round) => Path.Combine(folder, "report-" + round + ".json");
}
