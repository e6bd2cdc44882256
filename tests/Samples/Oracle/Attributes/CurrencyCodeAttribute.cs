using System;
using System.ComponentModel.DataAnnotations;

namespace OracleAttributes;

/// <summary>A validation attribute on an options class: ValidateDataAnnotations calls its IsValid override.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CurrencyCodeAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is string code && code.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) != CurrencyRules.Length;
}
