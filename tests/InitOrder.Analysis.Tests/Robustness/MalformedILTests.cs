using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Robustness;

/// <summary>
/// Broken method bodies inside an otherwise valid assembly: each is INIT204 for that method alone, and the
/// proof goes on for the rest (the violation through the healthy method is still found).
/// </summary>
public sealed class MalformedILTests
{
    private const string BadMethod = "Sample.Early.Bad()";

    [Theory]
    [InlineData("undefined opcode")]
    [InlineData("undefined two-byte opcode")]
    [InlineData("two-byte prefix at the end of the body")]
    [InlineData("token operand cut off by the end of the body")]
    [InlineData("int64 operand cut off by the end of the body")]
    [InlineData("switch with more targets than bytes")]
    [InlineData("nil token")]
    [InlineData("method token past the end of its table")]
    [InlineData("field token past the end of its table")]
    [InlineData("type token past the end of its table")]
    [InlineData("member reference token past the end of its table")]
    [InlineData("method specification token past the end of its table")]
    [InlineData("call naming a type definition")]
    [InlineData("call naming a string literal")]
    [InlineData("call naming a generic parameter")]
    [InlineData("field access naming a method")]
    [InlineData("call naming a field")]
    [InlineData("type token naming an assembly reference")]
    [InlineData("token of a table that does not exist")]
    [InlineData("token with the high bit set")]
    [InlineData("header of neither tiny nor fat format")]
    [InlineData("fat header claiming 2 GB of code")]
    [InlineData("fat header announcing an exception section that is not there")]
    [InlineData("body address outside every section")]
    public void Broken_body_is_INIT204_and_the_rest_is_still_verified(string defect)
    {
        var fixture = new FixtureAssemblyBuilder("BrokenIL");
        var early = fixture.EarlyInit.DeclaringType;
        var good = early.Method("Good", il => il.Call(fixture.TargetTouch).Ret());
        var bad = early.Method("Bad", il => il.Ret());
        Break(bad, defect);
        fixture.EarlyInit.Body = il => il.Call(bad).Call(good).Ret();

        var result = BoundedRun.Verify(fixture.Emit());

        var malformed = Assert.Single(result.Problems, p => p.Code == DiagnosticCodes.MalformedMethodBody);
        Assert.Equal(ProblemSeverity.Warning, malformed.Severity);
        Assert.Contains("'" + BadMethod + "'", malformed.Message);
        Assert.Equal(new[] { DiagnosticCodes.NoPdb, DiagnosticCodes.MalformedMethodBody }, result.Problems.Select(p => p.Code).OrderBy(c => c));
        Assert.Contains(result.NotFollowed, n => n.What == BadMethod && n.Why.StartsWith("malformed method body", System.StringComparison.Ordinal));
        var violation = Assert.Single(result.Violations);
        Assert.Equal(new[] { "Early.Init()", "Early.Good()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Theory]
    [InlineData(".cctor")]
    [InlineData("ApplyAll")]
    [InlineData("Patch0")]
    public void Broken_body_of_the_generated_sequence_is_INIT201_because_the_patch_order_is_unknown(string method)
    {
        var fixture = new FixtureAssemblyBuilder("BrokenSequence");
        fixture.EarlyInit.Body = il => il.Call(fixture.TargetTouch).Ret();
        fixture.GeneratedCodePrefixes.Add(method, new byte[] { 0x28, 0x01, 0x00, 0x00, 0x86 });

        var result = BoundedRun.Verify(fixture.Emit());

        var problem = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(DiagnosticCodes.UnreadableAssembly, problem.Code);
        Assert.Contains("damaged", problem.Message);
        Assert.True(result.HasErrors);
    }

    private static void Break(FixtureMethod bad, string defect)
    {
        switch (defect)
        {
            case "undefined opcode": bad.Body = il => il.Raw(0x00, 0xA6, 0x2A); break;
            case "undefined two-byte opcode": bad.Body = il => il.Raw(0xFE, 0x08, 0x2A); break;
            case "two-byte prefix at the end of the body": bad.Body = il => il.Raw(0x00, 0xFE); break;
            case "token operand cut off by the end of the body": bad.Body = il => il.Raw(0x28, 0x01, 0x00); break;
            case "int64 operand cut off by the end of the body": bad.Body = il => il.Raw(0x21, 0x01, 0x02, 0x03); break;
            case "switch with more targets than bytes": bad.Body = il => il.Raw(0x45, 0xFF, 0xFF, 0xFF, 0x7F, 0x2A); break;
            case "nil token": bad.Body = il => il.Raw(0x28, 0x00, 0x00, 0x00, 0x00, 0x2A); break;
            case "method token past the end of its table": bad.Body = Token(0x28, 0x0600FFFF); break;
            case "field token past the end of its table": bad.Body = Token(0x7E, 0x0400FFFF); break;
            case "type token past the end of its table": bad.Body = Token(0x8C, 0x0200FFFF); break;
            case "member reference token past the end of its table": bad.Body = Token(0x28, 0x0A00FFFF); break;
            case "method specification token past the end of its table": bad.Body = Token(0x28, 0x2B00FFFF); break;
            case "call naming a type definition": bad.Body = Token(0x28, 0x02000002); break;
            case "call naming a string literal": bad.Body = Token(0x28, 0x70000001); break;
            case "call naming a generic parameter": bad.Body = Token(0x28, 0x2A000001); break;
            case "field access naming a method": bad.Body = Token(0x7E, 0x06000001); break;
            case "call naming a field": bad.Body = Token(0x28, 0x04000001); break;
            case "type token naming an assembly reference": bad.Body = Token(0x8C, 0x23000001); break;
            case "token of a table that does not exist": bad.Body = Token(0x28, 0x7F000001); break;
            case "token with the high bit set": bad.Body = Token(0x28, unchecked((int)0x86000001)); break;
            case "header of neither tiny nor fat format": bad.RawBodyWithHeader = new byte[] { 0x00, 0x2A, 0x2A, 0x2A }; break;
            case "fat header claiming 2 GB of code": bad.RawBodyWithHeader = FatHeader(flags: 0x3003, codeSize: 0x7FFFFFF0); break;
            case "fat header announcing an exception section that is not there": bad.RawBodyWithHeader = FatHeader(flags: 0x300B, codeSize: 1); break;
            case "body address outside every section": bad.BodyOffsetOverride = 0x0FFFFFF0; break;
            default: throw new System.ArgumentException("unknown defect " + defect, nameof(defect));
        }
    }

    /// <summary>One instruction with a four-byte token operand, then <c>ret</c>.</summary>
    private static System.Action<FixtureIL> Token(byte opCode, int token) =>
        il => il.Raw(opCode).Raw(System.BitConverter.GetBytes(token)).Raw(0x2A);

    /// <summary>A 12-byte fat method header (ECMA-335 II.25.4.3) followed by a single <c>ret</c>.</summary>
    private static byte[] FatHeader(ushort flags, int codeSize)
    {
        var header = new byte[13];
        System.BitConverter.GetBytes(flags).CopyTo(header, 0);
        System.BitConverter.GetBytes((ushort)8).CopyTo(header, 2);
        System.BitConverter.GetBytes(codeSize).CopyTo(header, 4);
        header[12] = 0x2A;
        return header;
    }
}
