using Xunit.Abstractions;
using Xunit.Sdk;

namespace InitOrder.Oracle.Tests.Fuzz;

/// <summary>Carries the fuzz figures to the <c>dotnet test</c> console as xUnit diagnostic messages.</summary>
public sealed class FuzzConsole(IMessageSink messages)
{
    public void Write(string line) => messages.OnMessage(new DiagnosticMessage("[oracle fuzz] " + line));
}
