using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace InitOrder.Cli;

/// <summary><c>initorder --version</c>: the tool's name and version on one line, as before the move to System.CommandLine.</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var assembly = typeof(VersionAction).Assembly;
        string? version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        parseResult.InvocationConfiguration.Output.WriteLine("initorder " + (version ?? assembly.GetName().Version?.ToString() ?? "unknown"));
        return ExitCodes.Success;
    }
}
