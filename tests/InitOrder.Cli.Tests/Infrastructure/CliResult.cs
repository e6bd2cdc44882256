namespace InitOrder.Cli.Tests.Infrastructure;

/// <summary>What one run of the command produced.</summary>
internal sealed class CliResult
{
    public CliResult(int exitCode, string output, string error)
    {
        ExitCode = exitCode;
        Output = output;
        Error = error;
    }

    public int ExitCode { get; }

    public string Output { get; }

    public string Error { get; }

    public string[] OutputLines => Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);

    /// <summary>Everything, for assertion messages.</summary>
    public override string ToString() => "exit " + ExitCode + "\nstdout:\n" + Output + "\nstderr:\n" + Error;
}
