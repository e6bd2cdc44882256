using System.Collections.Generic;
using System.Linq;

namespace InitOrder.Oracle.Tests.Samples;

/// <summary>Every sample the oracle runs, with what the verifier must say about each of its patches.</summary>
public static class OracleSamples
{
    /// <summary>The semantic cases: each configuration patch runs after the driver has reached its target.</summary>
    public static readonly string[] SemanticCases =
    {
        "VirtualDispatch", "InterfaceDispatch", "DefaultInterfaceMethod", "GenericVirtualMethod", "Lambda", "LocalFunction",
        "AsyncMethod", "Iterator", "GenericTypeStatic", "GenericMethod", "BaseTypeConstructor", "BeforeFieldInit",
        "ExplicitStaticConstructor", "Property", "Indexer", "Event", "Operator", "Conversion", "RunClassConstructor",
        "LazyValue", "LazyWithoutFactory", "Singleton", "StructDefault", "ExceptionFilter", "FinallyBlock", "Plugins",
    };

    public static readonly SampleDefinition Semantics = new(
        "Semantics",
        new[] { "Semantics", "SemanticsPlugins" },
        null,
        SemanticCases.ToDictionary(c => "OracleSemantics.Configurations.Configure" + c, _ => true)
            .Concat(new Dictionary<string, bool>
            {
                ["OracleSemantics.SeededPatch.Apply"] = true,
                ["OracleSemantics.Configurations.ConfigureFirst"] = false,
                ["OracleSemantics.CaseDriver.RunEveryCase"] = false,
            })
            .ToDictionary(p => p.Key, p => p.Value));

    public static readonly SampleDefinition CodePagesEarly = new(
        "CodePages", new[] { "CodePages" }, "EarlyCapture",
        new Dictionary<string, bool> { ["OracleCodePages.EncodingSetup.RegisterCodePages"] = true, ["OracleCodePages.ExportWarmUp.Prepare"] = false });

    public static readonly SampleDefinition CodePagesLate = new(
        "CodePages", new[] { "CodePages" }, null,
        new Dictionary<string, bool> { ["OracleCodePages.EncodingSetup.RegisterCodePages"] = false });

    public static readonly SampleDefinition NpgsqlEarly = new(
        "NpgsqlTimestamps", new[] { "NpgsqlTimestamps" }, "EarlyQuery",
        new Dictionary<string, bool> { ["OracleNpgsql.TimestampSwitches.UseLegacyTimestamps"] = true, ["OracleNpgsql.QueryWarmUp.PrepareParameters"] = false });

    public static readonly SampleDefinition NpgsqlLate = new(
        "NpgsqlTimestamps", new[] { "NpgsqlTimestamps" }, null,
        new Dictionary<string, bool> { ["OracleNpgsql.TimestampSwitches.UseLegacyTimestamps"] = false });

    public static readonly SampleDefinition Serilog = new(
        "SerilogLogger", new[] { "SerilogLogger" }, null,
        new Dictionary<string, bool> { ["OracleSerilog.LoggingSetup.Configure"] = true, ["OracleSerilog.CacheWarmUp.Prime"] = false });

    public static IReadOnlyList<SampleDefinition> All { get; } = new[] { Semantics, CodePagesEarly, CodePagesLate, NpgsqlEarly, NpgsqlLate, Serilog };
}
