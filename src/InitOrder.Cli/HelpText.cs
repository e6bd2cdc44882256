namespace InitOrder.Cli;

/// <summary>The one-line synopses, shown in each verb's help and after a command line that cannot be run.</summary>
internal static class HelpText
{
    public const string CheckUsage = "initorder check <assembly> [--target <Type or assembly>]... [--report <dir>] [--all-static-constructors] [--reference <file or folder>]... [--cache <dir>]";

    public const string TraceUsage = "initorder trace [--report <dir>] [--assembly <app.dll>]... -- <command> [<args>...]";

    /// <summary>Both verbs, for a command line that names none: the second line lines up under the first after "Usage: ".</summary>
    public const string BothUsages = CheckUsage + "\n       " + TraceUsage;

    public const string Root =
        "InitOrder's checks outside a build.\n" +
        "  " + CheckUsage + "\n" +
        "      The build-time verifier, run on any built assembly.\n" +
        "  " + TraceUsage + "\n" +
        "      Runs a .NET process tree with EventPipe on and ReadyToRun off, and reports what touched a patch's\n" +
        "      targets before the patch ran, with the stack.\n" +
        "Exit codes: 0 nothing found, 1 violations or errors, 2 bad command line.";

    public const string Check =
        "The verifier's analysis on any built assembly: what runs before its InitOrder patches (or before the\n" +
        "--target types and assemblies) and reaches what they patch.\n" +
        "  " + CheckUsage + "\n" +
        "Exit codes: 0 nothing found, 1 violations or errors (what would fail the build), 2 bad command line.";

    public const string Trace =
        "Runs a command (an app, `dotnet run`, `dotnet test`) with EventPipe recording every JIT compilation and\n" +
        "ReadyToRun off, in every .NET process it starts. Reports, for every patch of the app assemblies it saw\n" +
        "loaded, whether it ran and what touched its targets before it finished, with the stack.\n" +
        "  " + TraceUsage + "\n" +
        "Exit codes: 1 a violation was seen or a patch never ran; otherwise the traced command's own exit code\n" +
        "(0 when it succeeded); 2 bad command line.";
}
