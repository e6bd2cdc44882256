using System;
using System.Linq;
using InitOrder.Oracle.Tests.Fuzz;

namespace InitOrder.Oracle.Tests.Unit;

/// <summary>The fuzz's programs: reproducible from a seed and a case number, and the CI seeds cover every construct.</summary>
public sealed class FuzzCaseWriterTests
{
    [Fact]
    public void A_seed_and_a_case_number_give_the_same_case_in_any_batch()
    {
        var alone = FuzzProgram.Create(seed: 99, first: 17, count: 1).Cases.Single();
        var inBatch = FuzzProgram.Create(seed: 99, first: 0, count: 40).Cases[17];

        Assert.Equal(alone, inBatch);
        Assert.NotEqual(alone.Source, FuzzProgram.Create(seed: 100, first: 17, count: 1).Cases.Single().Source);
    }

    [Fact]
    public void The_fixed_seed_set_uses_every_construct()
    {
        // What CI runs: if a change to the writer drops a construct from these cases, CI no longer fuzzes it.
        string source = string.Concat(FuzzSettings.FixedSeeds.Select(seed => FuzzProgram.Create(seed, 0, FuzzSettings.DefaultIterations).Source));
        string[] constructs =
        {
            "Dispatch.OfBase(new ", "Dispatch.Of(Factory", ".Instance.Area()", "object boxed", "System.Func<int> area",
            "s => s.Area()", "Dispatch.New<", "System.Activator.CreateInstance(typeof(", "System.Activator.CreateInstance<",
            "AddSingleton<IShape, ", ".ToString()!.Length", "HashSet<object>", "Runner", "if (Flags.Never)",
            "acc += Target.Value;", "[System.Runtime.CompilerServices.ModuleInitializer]", "() { Sink.Value += Target.Value; }",
            ".Visit<string>()", ").Describe()", "Dispatch.AreaOf(", "GetUninitializedObject(typeof(", "new System.Lazy<",
            "Expression.New(typeof(", "GetConstructor(System.Type.EmptyTypes)", "System.Type.GetType(\"", ".DynamicInvoke()",
            "new System.Lazy<IShape>(() => new ", "object record", "Dispatch.Made<", "Cache<", "foreach (var each",
            "Dispatch.TextOf(", "System.Delegate.CreateDelegate(", ".GetMethod(\"Area\")!.Invoke(",
            ".F = new ", ".F = () => new ", ".Run()", ".Fired += ", ".Raise()", ".With(() => new ", "(Kept = f)", ".Get()()",
            "Enumerable.Sum(", "var query", ".IsValueCreated", "ProcessExit += ", ".ForEach(s => ", "IShape captured",
            "many", ".GetCustomAttributes(false)", ".IsDefined(typeof(System.Attribute)", "GetProperty(\"Checked\")",
            "TypeDescriptor.GetConverter(", "Validator.TryValidateObject(", ".GetCustomAttributesData()", "Array.ConvertAll(",
            "    [Tag", "[System.ComponentModel.TypeConverter(", "[Check",
        };
        var missing = constructs.Where(c => !source.Contains(c, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "Never generated: " + string.Join(", ", missing));
    }
}
