using System;
using System.Data;
using System.Globalization;
using Dapper;

namespace OracleDataAccess;

/// <summary>Registered and used only in Main: Dapper never calls it before.</summary>
public sealed class LegacyMoneyHandler : SqlMapper.TypeHandler<Money>
{
    public override Money Parse(object value) => new(Convert.ToDecimal(value, CultureInfo.InvariantCulture), LegacyRules.Code);

    public override void SetValue(IDbDataParameter parameter, Money value) => parameter.Value = value.Amount + LegacyRules.Code.Length;
}
