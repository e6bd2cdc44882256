using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;

namespace InitOrder.Cli;

/// <summary>The <c>initorder</c> command.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);

    /// <summary>Runs the command with its output captured and its own working directory; what tests call in-process.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, string workingDirectory)
    {
        if (args.Count == 0)
        {
            return UsageError(error, "No command given.", HelpText.BothUsages);
        }

        var parse = CommandLine.Create(output, workingDirectory).Parse(WithHelpVerb(args));
        if (parse.Action is ParseErrorAction && parse.CommandResult.Command is RootCommand && parse.UnmatchedTokens.Count > 0)
        {
            // The library would say "Required command was not provided." first, which hides the typo.
            return UsageError(error, "Unknown command '" + parse.UnmatchedTokens[0] + "'; the commands are 'check' and 'trace'.", HelpText.BothUsages);
        }

        if (parse.Action is ParseErrorAction)
        {
            // The first error is the cause; later ones follow from it (the value of an unknown option is unknown too).
            return UsageError(error, parse.Errors[0].Message, CommandLine.UsageFor(parse));
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            return UsageError(error, e.Message, CommandLine.UsageFor(parse));
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // Reading a folder of references can fail like any file access; that is not a finding but still a failed check.
            error.WriteLine("initorder: error: " + e.Message);
            return ExitCodes.Failed;
        }
    }

    /// <summary><c>initorder help [verb]</c> is kept as a spelling of <c>[verb] --help</c>.</summary>
    private static IReadOnlyList<string> WithHelpVerb(IReadOnlyList<string> args) =>
        args[0] == "help" ? args.Skip(1).Append("--help").ToList() : args;

    private static int UsageError(TextWriter error, string message, string usage)
    {
        error.WriteLine("initorder: " + message);
        error.WriteLine("Usage: " + usage);
        error.WriteLine("Run 'initorder --help' for details.");
        return ExitCodes.Usage;
    }
}
