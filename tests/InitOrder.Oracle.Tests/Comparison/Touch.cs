using InitOrder.Oracle.Tests.Metadata;

namespace InitOrder.Oracle.Tests.Comparison;

/// <summary>A method that ran before a patch and refers to one of its targets (or belongs to a target assembly).</summary>
public sealed record Touch(MethodDescription Method, string Target, bool InAnalysedCode);
