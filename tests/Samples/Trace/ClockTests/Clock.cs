using System;

namespace ClockTests;

public static class Clock
{
    public static Func<DateTime> Now { get; set; } = () => DateTime.UtcNow;
}
