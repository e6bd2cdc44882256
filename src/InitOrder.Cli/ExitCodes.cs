namespace InitOrder.Cli;

/// <summary>What <c>initorder</c> returns, so scripts and CI can tell a finding from a mistyped command.</summary>
internal static class ExitCodes
{
    /// <summary>No violation and no error: what the build would accept.</summary>
    public const int Success = 0;

    /// <summary>A violation or an error diagnostic (for example an unreadable assembly): what would fail the build.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself is wrong: unknown option, missing value, no such file.</summary>
    public const int Usage = 2;
}
