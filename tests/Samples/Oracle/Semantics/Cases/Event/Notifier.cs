using System;

namespace OracleSemantics;

internal static class Notifier
{
    public static event Action Changed
    {
        add => EventTarget.Value++;
        remove => EventTarget.Value--;
    }
}
