namespace OracleDataAccess;

/// <summary>The work the start-up pipeline runs.</summary>
public static class Inventory
{
    public static int Count() => int.Parse(StockLevel.Units, System.Globalization.CultureInfo.InvariantCulture);
}
