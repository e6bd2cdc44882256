using System;
using Microsoft.Extensions.Logging;

namespace OracleHosting;

/// <summary>Writes to the audit channel; reached through ILogger.Log from the logger factory's own logger.</summary>
public sealed class AuditLogger : ILogger
{
    public static int Written { get; private set; }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (AuditChannel.Name.Length > 0 && formatter(state, exception).Length > 0)
        {
            Written++;
        }
    }
}
