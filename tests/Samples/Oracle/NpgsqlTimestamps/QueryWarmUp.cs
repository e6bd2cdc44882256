#if EARLY_QUERY
using System.Data;
using Npgsql;

namespace OracleNpgsql;

/// <summary>Start-up work that prepares query parameters before the timestamp switch is set: the bug this variant shows.</summary>
internal static class QueryWarmUp
{
    [InitOrder.InitPatch(typeof(QueryCatalog), Order = -1)]
    internal static void PrepareParameters() =>
        QueryCatalog.CreatedAtType = new NpgsqlParameter { DbType = DbType.DateTime }.NpgsqlDbType.ToString();
}
#endif
