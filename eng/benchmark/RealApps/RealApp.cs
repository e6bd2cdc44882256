namespace InitOrder.Benchmarks.RealApps;

/// <summary>One app of the real-app benchmark, laid out for one package: its project and the file the edits rewrite.</summary>
internal sealed record RealApp(string Name, string Project)
{
    /// <summary>The app's own code that every edit rewrites (references stay the same).</summary>
    public string EditFile => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Project)!, "BenchmarkEdit.cs");

    /// <summary>Where the build writes the verifier's JSON report.</summary>
    public string Report => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Project)!, "obj", "Release", "net10.0", "InitOrder.report.json");

    /// <summary>The references the verifier got, written by the workspace's Directory.Build.targets.</summary>
    public string ReferenceList => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Project)!, "obj", "InitOrderBenchmark.references");

    /// <summary>The compiled assembly the verifier reads.</summary>
    public string Assembly => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Project)!, "obj", "Release", "net10.0", System.IO.Path.GetFileNameWithoutExtension(Project) + ".dll");

    /// <summary>Edit number <paramref name="edit"/>: a method of the app's own whose body changes.</summary>
    public void WriteEdit(int edit) => System.IO.File.WriteAllText(EditFile, EditSource(edit));

    public static string EditSource(int edit) =>
        "internal static class BenchmarkEdit { internal static int Value() => " + edit + "; }\n";
}
