using InitOrder.Analysis.Discovery;

namespace InitOrder.Analysis.Tests.Discovery;

public sealed class SerializedTypeNameTests
{
    [Theory]
    [InlineData("Sample.Target", "Sample.Target")]
    [InlineData("System.String, System.Runtime, Version=8.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a", "System.String")]
    [InlineData("Sample.Cache`1", "Sample.Cache`1")]
    [InlineData("Sample.Cache`1[[System.Int32, System.Runtime, Version=8.0.0.0]], Lib, Version=1.0.0.0", "Sample.Cache`1")]
    [InlineData("Sample.Outer+Inner", "Sample.Outer+Inner")]
    [InlineData("Global", "Global")]
    public void Assembly_part_and_generic_arguments_are_removed(string serialized, string expected)
    {
        Assert.Equal(expected, SerializedTypeName.ToDefinitionName(serialized));
    }
}
