using System;
using System.ComponentModel.DataAnnotations;

namespace OracleAttributes;

/// <summary>A validation attribute: Validator calls its IsValid override.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SkuFormatAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is string sku && sku.StartsWith(SkuRules.Prefix, StringComparison.Ordinal);
}
