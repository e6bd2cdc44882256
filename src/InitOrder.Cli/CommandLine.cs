using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using InitOrder.Cli.Trace;

namespace InitOrder.Cli;

/// <summary>
/// The <c>initorder</c> verbs on System.CommandLine, the parser the dotnet CLI uses: help per verb, response files
/// (<c>@file</c>), tab completion through the <c>[suggest]</c> directive, and its usual error messages.
/// </summary>
internal static class CommandLine
{
    public static RootCommand Create(TextWriter output, string workingDirectory)
    {
        var root = new RootCommand(HelpText.Root);
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new VersionAction();
        }

        root.Subcommands.Add(CreateCheck(output, workingDirectory));
        root.Subcommands.Add(CreateTrace(output, workingDirectory));
        return root;
    }

    private static Command CreateCheck(TextWriter output, string workingDirectory)
    {
        var assembly = new Argument<string>("assembly")
        {
            Description = "The .dll to check. Its references are the .dll files beside it, then the .NET reference assemblies of this SDK.",
        };
        var target = Repeatable("--target", "What to check in an assembly without InitOrder patches: a type's full metadata name (Ns.Type, Ns.Outer+Inner, Ns.Cache`1) or the simple name of an assembly beside it.");
        var reference = Repeatable("--reference", "More references (a file or a folder), searched before the files beside the assembly.");
        var report = Single("--report", "Writes InitOrder.report.json, .md and .sarif there.");
        var allStaticConstructors = new Option<bool>("--all-static-constructors")
        {
            Description = "Worst case: every static constructor of the assembly counts as code that runs before the patches (or the targets).",
        };
        var cache = Single("--cache", "Keeps the check, and what the analysis learns about the references, in this folder; the next check reuses them when nothing they depend on changed. Off without it.");

        var check = new Command("check", HelpText.Check) { assembly, target, report, allStaticConstructors, reference, cache };
        check.SetAction(parse =>
        {
            var options = new CheckOptions(parse.GetValue(assembly)!)
            {
                ReportDirectory = parse.GetValue(report),
                AllStaticConstructors = parse.GetValue(allStaticConstructors),
                CacheDirectory = parse.GetValue(cache),
            };
            options.Targets.AddRange(parse.GetValue(target) ?? Array.Empty<string>());
            options.References.AddRange(parse.GetValue(reference) ?? Array.Empty<string>());
            return CheckCommand.Run(options, output, workingDirectory);
        });
        return check;
    }

    private static Command CreateTrace(TextWriter output, string workingDirectory)
    {
        var command = new Argument<string[]>("command")
        {
            Description = "The command to run and its arguments; put -- before it so its own options are not read as initorder's.",
            Arity = ArgumentArity.OneOrMore,
        };
        var report = Single("--report", "Writes InitOrder.trace.json, .md and .sarif there.");
        var assembly = Repeatable("--assembly", "An app assembly whose patches must run, even if the traced command never loads it. Repeatable.");

        var trace = new Command("trace", HelpText.Trace) { report, assembly, command };
        trace.SetAction(parse => TraceCommand.Run(
            new TraceOptions(parse.GetValue(command)!, parse.GetValue(report), parse.GetValue(assembly) ?? Array.Empty<string>()),
            output,
            workingDirectory));
        return trace;
    }

    private static Option<string> Single(string name, string description)
    {
        var option = new Option<string>(name) { Description = description };
        option.Validators.Add(NeedsValue);
        return option;
    }

    private static Option<string[]> Repeatable(string name, string description)
    {
        // One value per occurrence (--target A --target B), and at least one: a bare --target is an error.
        var option = new Option<string[]>(name) { Description = description, Arity = ArgumentArity.OneOrMore };
        option.Validators.Add(NeedsValue);
        return option;
    }

    /// <summary>An option name where a value should be (<c>--report --all-static-constructors</c>) is a forgotten value.</summary>
    private static void NeedsValue(OptionResult result)
    {
        foreach (var token in result.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal)))
        {
            result.AddError(result.Option.Name + " needs a value, not '" + token.Value + "'.");
        }
    }

    /// <summary>Which synopsis to show after an error: the verb's, or both when no verb was recognised.</summary>
    public static string UsageFor(ParseResult parse) => parse.CommandResult.Command switch
    {
        RootCommand => HelpText.BothUsages,
        { Name: "trace" } => HelpText.TraceUsage,
        _ => HelpText.CheckUsage,
    };
}
