namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>A static int field of a generated fixture type.</summary>
internal sealed class FixtureField
{
    public FixtureField(FixtureType declaringType, string name)
    {
        DeclaringType = declaringType;
        Name = name;
    }

    public FixtureType DeclaringType { get; }

    public string Name { get; }
}
