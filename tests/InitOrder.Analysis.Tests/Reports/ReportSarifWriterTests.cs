using System.Linq;
using System.Text.Json;
using InitOrder.Analysis.Reports;
using InitOrder.Tests.Shared;

namespace InitOrder.Analysis.Tests.Reports;

public sealed class ReportSarifWriterTests
{
    [Fact]
    public void Violation_becomes_a_SARIF_2_1_result_with_its_chain_as_a_code_flow()
    {
        var result = ReportTestSample.Compile().Verify();
        var violation = result.Violations.Single();

        using var document = JsonDocument.Parse(ReportSarifWriter.Write(result));
        var root = document.RootElement;

        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = root.GetProperty("runs")[0];
        Assert.Equal("InitOrder", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "INIT101");
        Assert.Equal(DocumentationUrl.Link("INIT101"), rule.TryGetProperty("helpUri", out var help) ? help.GetString() : null);

        var sarifResult = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "INIT101");
        Assert.Equal("error", sarifResult.GetProperty("level").GetString());
        Assert.Equal(violation.Message, sarifResult.GetProperty("message").GetProperty("text").GetString());
        var region = sarifResult.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(violation.Location!.Line, region.GetProperty("startLine").GetInt32());
        Assert.Equal(violation.Location.Column, region.GetProperty("startColumn").GetInt32());

        var steps = sarifResult.GetProperty("codeFlows")[0].GetProperty("threadFlows")[0].GetProperty("locations").EnumerateArray().ToList();
        Assert.Equal(violation.Chain.Count, steps.Count);
        Assert.StartsWith(violation.Chain[0].Method, steps[0].GetProperty("location").GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void Clean_result_has_no_results_and_is_identical_across_runs()
    {
        var compiled = ReportTestSample.Compile();
        var clean = new VerificationResult("App", System.Array.Empty<InitializerInfo>(), System.Array.Empty<PatchInfo>(), System.Array.Empty<Violation>(), System.Array.Empty<NotFollowedItem>(), System.Array.Empty<Problem>(), new AnalysisStats(0, 0, 0));

        using var document = JsonDocument.Parse(ReportSarifWriter.Write(clean));

        Assert.Equal(0, document.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
        Assert.Equal(ReportSarifWriter.Write(compiled.Verify()), ReportSarifWriter.Write(compiled.Verify()));
    }
}
