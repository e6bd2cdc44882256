using System;

namespace ClockTests;

internal static class TestClock
{
    [InitOrder.InitPatch(typeof(Clock))]
    internal static void Freeze() => Clock.Now = () => new DateTime(2000, 1, 1);
}
