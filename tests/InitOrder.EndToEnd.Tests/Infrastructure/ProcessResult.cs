namespace InitOrder.EndToEnd.Tests.Infrastructure;

/// <summary>What a child process did; ToString is what a failing assertion should show.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    public string Output => StandardOutput + StandardError;

    /// <summary>Standard output as trimmed, non-empty lines.</summary>
    public string[] StandardOutputLines => StandardOutput.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);

    public override string ToString()
        => $"> {CommandLine}\nexit code {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
