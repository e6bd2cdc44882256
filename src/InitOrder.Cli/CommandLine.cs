using System;
using System.Collections.Generic;
using System.Linq;

namespace InitOrder.Cli;

/// <summary>
/// Parses <c>initorder check &lt;assembly&gt; [options]</c>. Hand-written: four options do not justify a
/// dependency, and a tool package should stay small.
/// </summary>
internal static class CommandLine
{
    public static ParsedCommand Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            throw new UsageException("No command given.");
        }

        // Help wins wherever it appears, as in most tools.
        if (args[0] == "help" || args.Any(IsHelpOption))
        {
            return ParsedCommand.Help;
        }

        switch (args[0])
        {
            case "--version":
                return ParsedCommand.Version;
            case "check":
                return ParsedCommand.ForCheck(ParseCheck(args));
            default:
                throw new UsageException("Unknown command '" + args[0] + "'; the command is 'check'.");
        }
    }

    private static CheckOptions ParseCheck(IReadOnlyList<string> args)
    {
        string? assembly = null;
        var targets = new List<string>();
        var references = new List<string>();
        string? report = null;
        bool allStaticConstructors = false;
        for (int i = 1; i < args.Count; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "--target":
                    targets.Add(ValueOf(args, ref i));
                    break;
                case "--reference":
                    references.Add(ValueOf(args, ref i));
                    break;
                case "--report":
                    if (report is not null)
                    {
                        throw new UsageException("--report is given twice.");
                    }

                    report = ValueOf(args, ref i);
                    break;
                case "--all-static-constructors":
                    allStaticConstructors = true;
                    break;
                default:
                    if (arg.StartsWith("-", StringComparison.Ordinal) && arg.Length > 1)
                    {
                        throw new UsageException("Unknown option '" + arg + "'.");
                    }

                    if (assembly is not null)
                    {
                        throw new UsageException("Only one assembly can be checked at a time; got '" + assembly + "' and '" + arg + "'.");
                    }

                    assembly = arg;
                    break;
            }
        }

        if (assembly is null)
        {
            throw new UsageException("'check' needs the path of a built assembly.");
        }

        var options = new CheckOptions(assembly) { ReportDirectory = report, AllStaticConstructors = allStaticConstructors };
        options.Targets.AddRange(targets);
        options.References.AddRange(references);
        return options;
    }

    private static bool IsHelpOption(string arg) => arg == "-h" || arg == "--help" || arg == "-?";

    private static string ValueOf(IReadOnlyList<string> args, ref int index)
    {
        string option = args[index];
        if (index + 1 >= args.Count || args[index + 1].Length == 0 || args[index + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException(option + " needs a value.");
        }

        index++;
        return args[index];
    }
}
