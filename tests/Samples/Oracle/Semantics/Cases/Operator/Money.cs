namespace OracleSemantics;

internal readonly struct Money
{
    public Money(int cents)
    {
        Cents = cents;
    }

    public int Cents { get; }

    public static Money operator +(Money left, Money right) => new(left.Cents + right.Cents + OperatorTarget.Value);
}
