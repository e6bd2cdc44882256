using System.Collections.Generic;
using System.Linq;

namespace InitOrder.Oracle.Tests.Samples;

/// <summary>Every sample the oracle runs, with what the verifier must say about each of its patches.</summary>
public static class OracleSamples
{
    /// <summary>The semantic cases: each configuration patch runs after the driver has reached its target.</summary>
    public static readonly string[] SemanticCases =
    {
        "VirtualDispatch", "NewSlotOverride", "InterfaceDispatch", "DefaultInterfaceMethod", "GenericVirtualMethod", "Lambda", "LocalFunction",
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

    /// <summary>DI, options and Microsoft.Extensions.Logging in Order-0 patches; a flagged and a clean Order-10 patch for each.</summary>
    public static readonly SampleDefinition Hosting = new(
        "Hosting", new[] { "Hosting", ProbeFolder }, null,
        Patches(
            "OracleHosting.",
            ("Composition.ResolveGreeter", false),
            ("MailOptions.BindMail", false),
            ("AuditLogging.WriteStartupEntry", false),
            ("TargetPatches.PatchSalutation", true),
            ("TargetPatches.PatchVolume", false),
            ("TargetPatches.PatchMailDefaults", true),
            ("TargetPatches.PatchArchiveDefaults", false),
            ("TargetPatches.PatchAuditChannel", true),
            ("TargetPatches.PatchSyslogChannel", false)));

    /// <summary>Newtonsoft.Json and System.Text.Json serializing before clean patches, then deserializing before flagged ones.</summary>
    public static readonly SampleDefinition Serializers = new(
        "Serializers", new[] { "Serializers", ProbeFolder }, null,
        Patches(
            "OracleSerializers.",
            ("JsonStartup.SerializeAudit", false),
            ("JsonStartup.SerializeReceipt", false),
            ("JsonStartup.DeserializeSettings", false),
            ("JsonStartup.DeserializeProfile", false),
            ("TargetPatches.PatchAuditClock", false),
            ("TargetPatches.PatchStampInk", false),
            ("TargetPatches.PatchNameRules", true),
            ("TargetPatches.PatchProfileRules", true)));

    /// <summary>Serilog with the console sink: an Invoice nothing has created yet (clean), a logged Shipment (flagged).</summary>
    public static readonly SampleDefinition SerilogConsole = new(
        "SerilogConsole", new[] { "SerilogConsole", ProbeFolder }, null,
        Patches(
            "OracleSerilogConsole.",
            ("LoggingStartup.ConfigureLogging", false),
            ("LoggingStartup.LogFirstShipment", false),
            ("TargetPatches.PatchClock", false),
            ("TargetPatches.PatchCarrier", true)));

    /// <summary>A Polly.Core pipeline and a Dapper query with a type handler, each with a clean and a flagged patch.</summary>
    public static readonly SampleDefinition DataAccess = new(
        "DataAccess", new[] { "DataAccess", ProbeFolder }, null,
        Patches(
            "OracleDataAccess.",
            ("DataStartup.CountStock", false),
            ("DataStartup.ReadFirstOrder", false),
            ("TargetPatches.PatchAlarmBell", false),
            ("TargetPatches.PatchLegacyRules", false),
            ("TargetPatches.PatchStockLevel", true),
            ("TargetPatches.PatchCurrencyRules", true)));

    /// <summary>
    /// Attributes that reflection constructs (the app's own lookups, a type converter, serializer converters, a derived
    /// type, DataAnnotations validation) before flagged patches, and a member invoked by its constant name; the clean
    /// ones are an attribute nothing inspects and the invoked method's sibling.
    /// </summary>
    public static readonly SampleDefinition Attributes = new(
        "Attributes", new[] { "Attributes", ProbeFolder }, null,
        Patches(
            "OracleAttributes.",
            ("AttributeStartup.InspectInvoice", false),
            ("AttributeStartup.InvokeByName", false),
            ("AttributeStartup.DescribeLabel", false),
            ("AttributeStartup.ParseTemperature", false),
            ("JsonStartup.ReadPrice", false),
            ("JsonStartup.ReadWeight", false),
            ("JsonStartup.ReadShape", false),
            ("ValidationStartup.ValidateOrder", false),
            ("ValidationStartup.ValidateShop", false),
            ("TargetPatches.PatchArchivePolicy", false),
            ("TargetPatches.PatchPurgeRules", false),
            ("TargetPatches.PatchAuditPolicy", true),
            ("TargetPatches.PatchWarmRules", true),
            ("TargetPatches.PatchCaptionStyle", true),
            ("TargetPatches.PatchThermostat", true),
            ("TargetPatches.PatchPriceRules", true),
            ("TargetPatches.PatchWeightRules", true),
            ("TargetPatches.PatchCircleRules", true),
            ("TargetPatches.PatchSkuRules", true),
            ("TargetPatches.PatchCurrencyRules", true)));

    /// <summary>
    /// Start-up code that leaves work for later (an exit handler, a stored callback, a Lazy factory, a DI factory) and NLog
    /// configured in code: every target is read only after the patches, so all are clean.
    /// </summary>
    public static readonly SampleDefinition Deferred = new(
        "Deferred", new[] { "Deferred", ProbeFolder }, null,
        Patches(
            "OracleDeferred.",
            ("DeferredStartup.RegisterExitHandler", false),
            ("DeferredStartup.StoreCallback", false),
            ("DeferredStartup.CreateLazy", false),
            ("DeferredStartup.RegisterFactory", false),
            ("DeferredStartup.ConfigureLogging", false),
            ("TargetPatches.PatchExitRules", false),
            ("TargetPatches.PatchReadyRules", false),
            ("TargetPatches.PatchLimitRules", false),
            ("TargetPatches.PatchGreeterRules", false),
            ("TargetPatches.PatchInvoiceRules", false)));

    /// <summary>An EF Core Sqlite context created, EnsureCreated and queried in a start-up patch; its target is read only by Main: clean.</summary>
    public static readonly SampleDefinition EfCore = new(
        "EfCore", new[] { "EfCore", ProbeFolder }, null,
        Patches("OracleEfCore.", ("ShopStartup.OpenShop", false), ("TargetPatches.PatchShopRules", false)));

    /// <summary>
    /// The shapes of issue 22 for the trace (not part of <see cref="All"/>, whose precision figures it would shift): a
    /// patch on the class holding the app's own module initializer (clean), a target named only in a dead branch
    /// (the build flags it; nothing touches it), a target read in a live branch (flagged).
    /// </summary>
    public static readonly SampleDefinition TraceShapes = new(
        "TraceShapes", new[] { "TraceShapes", ProbeFolder }, null,
        Patches(
            "OracleTraceShapes.",
            ("StartupPatch.Configure", false),
            ("EarlyWork.Run", false),
            ("TargetPatches.PatchDeadTarget", true),
            ("TargetPatches.PatchCounter", true)));

    public static IReadOnlyList<SampleDefinition> All { get; } = new[] { Semantics, CodePagesEarly, CodePagesLate, NpgsqlEarly, NpgsqlLate, Serilog, Hosting, Serializers, SerilogConsole, DataAccess, Attributes, Deferred, EfCore };

    /// <summary>The shared PatchLog the library samples compile in (tests/Samples/Oracle/OracleProbe).</summary>
    private const string ProbeFolder = "OracleProbe";

    private static IReadOnlyDictionary<string, bool> Patches(string prefix, params (string Method, bool Flagged)[] patches) =>
        patches.ToDictionary(p => prefix + p.Method, p => p.Flagged);
}
