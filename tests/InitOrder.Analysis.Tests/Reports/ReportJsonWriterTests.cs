using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using InitOrder.Analysis.Reports;

namespace InitOrder.Analysis.Tests.Reports;

public sealed class ReportJsonWriterTests
{
    [Fact]
    public void Report_has_every_section_with_the_expected_content()
    {
        var app = ReportTestSample.Compile();
        var result = app.Verify();

        using var document = JsonDocument.Parse(ReportJsonWriter.Write(result));
        var root = document.RootElement;

        Assert.Equal("App", root.GetProperty("assembly").GetString());
        var initializers = root.GetProperty("initializers").EnumerateArray().ToList();
        Assert.Equal("Sample.Early.Init()", initializers[0].GetProperty("method").GetString());
        Assert.True(initializers[1].GetProperty("isInitOrder").GetBoolean());
        var patch = root.GetProperty("patches")[0];
        Assert.Equal("Sample.Patches.PatchTarget", patch.GetProperty("method").GetString());
        Assert.Equal(0, patch.GetProperty("order").GetInt32());
        Assert.Equal("Sample.Target", patch.GetProperty("targets")[0].GetString());
        Assert.Equal(0, patch.GetProperty("assemblies").GetArrayLength());

        var violation = root.GetProperty("violations")[0];
        Assert.Equal("INIT101", violation.GetProperty("code").GetString());
        Assert.Equal("Sample.Patches.PatchTarget", violation.GetProperty("patch").GetString());
        Assert.Equal("Sample.Target", violation.GetProperty("patchedType").GetString());
        Assert.StartsWith("Patch 'Sample.Patches.PatchTarget' targets 'Sample.Target'", violation.GetProperty("message").GetString());
        var chain = violation.GetProperty("chain").EnumerateArray().ToList();
        Assert.Equal(new[] { "Sample.Early.Init()", "Sample.Helper.Run()", "Sample.Target.Touch()" }, chain.Select(s => s.GetProperty("method").GetString()));
        Assert.Equal("Early.cs", chain[0].GetProperty("file").GetString());
        Assert.Equal(12, chain[0].GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, chain[2].GetProperty("line").ValueKind);

        var notFollowed = root.GetProperty("notFollowed").EnumerateArray().ToList();
        Assert.Contains(notFollowed, n => n.GetProperty("what").GetString() == "System.Console" && n.GetProperty("count").GetInt32() == 1);
        Assert.DoesNotContain(notFollowed, n => n.GetProperty("what").GetString()!.Contains("Activator"));
        var reflection = Assert.Single(patch.GetProperty("reflection").EnumerateArray());
        Assert.Equal("Activator.CreateInstance()", reflection.GetProperty("api").GetString());
        Assert.Equal("annotated", reflection.GetProperty("rule").GetString());
        Assert.Equal("Sample.Early.Init()", reflection.GetProperty("method").GetString());
        Assert.Equal("Early.cs", reflection.GetProperty("file").GetString());

        var stats = root.GetProperty("stats");
        Assert.True(stats.GetProperty("methodsAnalysed").GetInt32() >= 3);
        Assert.True(stats.GetProperty("edges").GetInt32() >= 2);
        // The analysed assembly and at least System.Runtime's reference assembly, read whole.
        Assert.True(stats.GetProperty("bytesRead").GetInt64() > new System.IO.FileInfo(app.Path).Length);
        Assert.False(stats.GetProperty("reused").GetBoolean());
        Assert.True(stats.GetProperty("milliseconds").GetInt64() >= 0);
        var phases = stats.GetProperty("phases").EnumerateArray().ToList();
        Assert.Equal(new[] { "load", "facts", "world", "explanation" }, phases.Select(p => p.GetProperty("name").GetString()));
        Assert.All(phases, p => Assert.True(p.GetProperty("milliseconds").GetInt64() >= 0));
        Assert.True(phases.Sum(p => p.GetProperty("milliseconds").GetInt64()) <= stats.GetProperty("milliseconds").GetInt64() + phases.Count);
    }

    [Fact]
    public void Report_is_deterministic_apart_from_the_time()
    {
        string first = WithoutTime(ReportJsonWriter.Write(ReportTestSample.Compile().Verify()));
        string second = WithoutTime(ReportJsonWriter.Write(ReportTestSample.Compile().Verify()));

        Assert.Equal(first, second);
        Assert.DoesNotContain(System.IO.Path.GetTempPath(), first);
    }

    private static string WithoutTime(string json) => Regex.Replace(json, "\"milliseconds\": \\d+", "\"milliseconds\": 0");
}
