namespace InitOrder.Cli;

/// <summary>What the command line asks for: help, the version, or a check with its options.</summary>
internal sealed class ParsedCommand
{
    private ParsedCommand(CommandKind kind, CheckOptions? check)
    {
        Kind = kind;
        Check = check;
    }

    public CommandKind Kind { get; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="CommandKind.Check"/>.</summary>
    public CheckOptions? Check { get; }

    public static ParsedCommand Help { get; } = new(CommandKind.Help, null);

    public static ParsedCommand Version { get; } = new(CommandKind.Version, null);

    public static ParsedCommand ForCheck(CheckOptions options) => new(CommandKind.Check, options);
}
