using Microsoft.Extensions.Logging;

namespace OracleHosting;

/// <summary>Created by the app and handed to the logger factory.</summary>
public sealed class AuditLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new AuditLogger();

    public void Dispose()
    {
    }
}
