namespace InitOrder.Oracle.Tests.Comparison;

/// <summary>Something that really ran before a patch and touched its target, which the verifier did not account for.</summary>
public sealed record Miss(string Patch, string Target, string RanBeforePatch, string WhatTheVerifierLacks)
{
    public override string ToString() => $"{Patch}: {RanBeforePatch} touched {Target}, but {WhatTheVerifierLacks}";
}
