using System;
using System.Data;
using System.Globalization;
using Dapper;

namespace OracleDataAccess;

/// <summary>Registered with Dapper at start-up; Dapper's generated row reader calls Parse.</summary>
public sealed class MoneyHandler : SqlMapper.TypeHandler<Money>
{
    public override Money Parse(object value) => new(Convert.ToDecimal(value, CultureInfo.InvariantCulture), CurrencyRules.Code);

    public override void SetValue(IDbDataParameter parameter, Money value) => parameter.Value = value.Amount;
}
