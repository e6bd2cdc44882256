using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace InitOrder.Cli;

/// <summary>The <c>initorder</c> command.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);

    /// <summary>Runs the command with its output captured and its own working directory; what tests call in-process.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, string workingDirectory)
    {
        try
        {
            var command = CommandLine.Parse(args);
            switch (command.Kind)
            {
                case CommandKind.Help:
                    output.Write(HelpText.Text);
                    return ExitCodes.Success;
                case CommandKind.Version:
                    output.WriteLine(VersionText());
                    return ExitCodes.Success;
                default:
                    return CheckCommand.Run(command.Check!, output, workingDirectory);
            }
        }
        catch (UsageException e)
        {
            error.WriteLine("initorder: " + e.Message);
            error.WriteLine("Usage: " + HelpText.Usage);
            error.WriteLine("Run 'initorder --help' for details.");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // Reading a folder of references can fail like any file access; that is not a finding but still a failed check.
            error.WriteLine("initorder: error: " + e.Message);
            return ExitCodes.Failed;
        }
    }

    private static string VersionText()
    {
        var assembly = typeof(Program).Assembly;
        string? version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return "initorder " + (version ?? assembly.GetName().Version?.ToString() ?? "unknown");
    }
}
