using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Robustness;

/// <summary>A method of more than 1 MB of IL is decoded to its last byte, whether that byte is sound or broken.</summary>
public sealed class HugeMethodTests
{
    private const int OneMegabyte = 1 << 20;
    private const int CallSize = 5;
    private const int FillerCount = 1000;

    [Fact]
    public void Target_touched_after_a_megabyte_of_calls_is_found()
    {
        var fixture = new FixtureAssemblyBuilder("HugeMethod");
        var fillers = Fillers(fixture);
        AddBig(fixture, il => FillMegabyte(il, fillers).ReadField(fixture.TargetValue).Ret());
        var assembly = fixture.Emit();
        Assert.True(BodySize(assembly.Path, "Big") > OneMegabyte, "the fixture's method is smaller than 1 MB");

        var result = BoundedRun.Verify(assembly, BoundedRun.LargeFixtureHangBound);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Early.Big()", "Target.Value" }, ResultAssert.Chain(violation));
        Assert.True(result.Stats.Edges >= FillerCount, result.Stats.Edges + " edges");
    }

    [Fact]
    public void Operand_cut_off_after_a_megabyte_of_valid_IL_is_INIT204()
    {
        var fixture = new FixtureAssemblyBuilder("HugeBrokenMethod");
        var fillers = Fillers(fixture);
        AddBig(fixture, il => FillMegabyte(il, fillers).Raw(0x28, 0x01, 0x00));

        var result = BoundedRun.Verify(fixture.Emit(), BoundedRun.LargeFixtureHangBound);

        var problem = Assert.Single(result.Problems, p => p.Code == DiagnosticCodes.MalformedMethodBody);
        Assert.Contains("'Sample.Early.Big()'", problem.Message);
        Assert.Empty(result.Violations);
    }

    private static FixtureType Fillers(FixtureAssemblyBuilder fixture)
    {
        var fillers = fixture.Type("Sample", "Fillers");
        for (int i = 0; i < FillerCount; i++)
        {
            fillers.Method("F" + i, il => il.Ret());
        }

        return fillers;
    }

    private static void AddBig(FixtureAssemblyBuilder fixture, System.Action<FixtureIL> body)
    {
        var big = fixture.EarlyInit.DeclaringType.Method("Big", body);
        fixture.EarlyInit.Body = il => il.Call(big).Ret();
    }

    /// <summary>Just over 1 MB of <c>call</c>s cycling through the filler methods: the same tokens again and again.</summary>
    private static FixtureIL FillMegabyte(FixtureIL il, FixtureType fillers)
    {
        for (int i = 0; i <= OneMegabyte / CallSize; i++)
        {
            il.Call(fillers.Methods[i % FillerCount]);
        }

        return il;
    }

    private static int BodySize(string path, string methodName)
    {
        using var pe = new PEReader(System.IO.File.OpenRead(path));
        var reader = pe.GetMetadataReader();
        var method = reader.MethodDefinitions.Select(reader.GetMethodDefinition).Single(m => reader.GetString(m.Name) == methodName);
        return pe.GetMethodBody(method.RelativeVirtualAddress).Size;
    }
}
