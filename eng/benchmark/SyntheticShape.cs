namespace InitOrder.Benchmarks;

/// <summary>
/// The size of a generated assembly. Every type's static constructor starts a chain through all methods
/// of all types (one deep chain of Types x ChainMethods calls), method 0 of each type fans out to 16 other
/// types, method 10 makes a virtual call that dispatches to its family of 16 overrides, method 20 reads 30
/// other types' static fields. Every figure per method is constant, so edges grow linearly with the scale.
/// </summary>
internal sealed class SyntheticShape
{
    public const int FamilySize = 16;
    public const int FanOut = 16;
    public const int StaticReads = 30;

    public SyntheticShape(int scale, int typesPerScale)
    {
        Scale = scale;
        Types = typesPerScale * scale;
    }

    public int Scale { get; }

    public int Types { get; }

    /// <summary>Static methods M0..M95 per type, each calling the next.</summary>
    public int ChainMethods => 96;

    /// <summary>Abstract base classes, one per family of <see cref="FamilySize"/> types.</summary>
    public int Families => (Types + FamilySize - 1) / FamilySize;

    /// <summary>.cctor, .ctor and the virtual override, then the chain.</summary>
    public int MethodsPerType => 3 + ChainMethods;

    /// <summary>Every method definition: two per base class (.ctor and the virtual), then each type's.</summary>
    public int Methods => Families * 2 + Types * MethodsPerType;

    public string Name => "Synthetic" + Scale + "x";
}
