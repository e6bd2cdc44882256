using System.Collections.Generic;
using Serilog.Core;
using Serilog.Events;

namespace OracleSerilog;

/// <summary>Keeps rendered events in memory so the app can show which ones reached a configured logger.</summary>
internal sealed class CapturingSink : ILogEventSink
{
    public List<string> Messages { get; } = new();

    public void Emit(LogEvent logEvent) => Messages.Add(logEvent.RenderMessage());
}
