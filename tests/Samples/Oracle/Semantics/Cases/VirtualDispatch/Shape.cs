namespace OracleSemantics;

/// <summary>The caller only knows this base type; which Area runs is decided at run time.</summary>
internal abstract class Shape
{
    public abstract int Area();
}
