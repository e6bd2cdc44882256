using System;
using System.Data;
using Npgsql;

namespace OracleNpgsql;

internal static class Program
{
    private static int Main()
    {
        // Legacy behaviour maps DateTime to 'timestamp without time zone'; the default since Npgsql 6 is 'timestamptz'.
        var mapping = new NpgsqlParameter { DbType = DbType.DateTime }.NpgsqlDbType;
        Console.WriteLine("[npgsql] DbType.DateTime maps to " + mapping);
        return 0;
    }
}
