namespace InitOrder.Analysis.Reachability;

/// <summary>
/// The variance of the framework's generic delegates' type parameters, which decides in which direction a delegate of
/// one instantiation can be seen as another (<c>Func&lt;in T, out TResult&gt;</c>). Other delegate types are treated as
/// invariant, which <see cref="DelegateRule"/> checks in both directions.
/// </summary>
internal static class DelegateVariance
{
    public enum Kind
    {
        Invariant,
        Covariant,
        Contravariant,
    }

    public static Kind Of(string definition, int index, int count)
    {
        if (definition.StartsWith("System.Func`", System.StringComparison.Ordinal))
        {
            return index == count - 1 ? Kind.Covariant : Kind.Contravariant;
        }

        if (definition.StartsWith("System.Action`", System.StringComparison.Ordinal) || definition is "System.Predicate`1" or "System.Comparison`1")
        {
            return Kind.Contravariant;
        }

        if (definition == "System.Converter`2")
        {
            return index == 0 ? Kind.Contravariant : Kind.Covariant;
        }

        return Kind.Invariant;
    }
}
