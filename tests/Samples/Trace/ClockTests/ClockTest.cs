namespace ClockTests;

public sealed class ClockTest
{
    [Xunit.Fact]
    public void The_clock_is_frozen_before_any_test() => Xunit.Assert.Equal(2000, Clock.Now().Year);
}
