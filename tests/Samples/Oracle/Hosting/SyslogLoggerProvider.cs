using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OracleHosting;

/// <summary>Never created: an ILoggerProvider.CreateLogger() call can never land here.</summary>
public sealed class SyslogLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => SyslogChannel.Name.Length > 0 ? NullLogger.Instance : NullLogger.Instance;

    public void Dispose()
    {
    }
}
