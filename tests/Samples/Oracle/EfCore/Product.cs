namespace OracleEfCore;

public sealed class Product
{
    public int Id { get; set; }

    public string Name { get; set; } = "";
}
