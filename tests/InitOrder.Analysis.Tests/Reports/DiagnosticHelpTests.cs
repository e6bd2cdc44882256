using System.IO;
using System.Linq;
using System.Reflection;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reports;

/// <summary>Every verifier code links to a README section that exists (the task and SARIF use README.md#initNNN).</summary>
public sealed class DiagnosticHelpTests
{
    [Fact]
    public void Every_verifier_code_has_its_own_README_section()
    {
        var readme = File.ReadAllLines(TestFolders.RepositoryFile("README.md"));
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Contains("INIT105", codes);
        Assert.All(codes, code => Assert.Contains("### " + code, readme));
    }
}
