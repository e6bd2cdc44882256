namespace OracleDataAccess;

/// <summary>The row type of the start-up query.</summary>
public sealed class OrderRow
{
    public long Id { get; set; }

    public Money Total { get; set; }
}
