namespace InitOrder.Analysis;

/// <summary>
/// Something about the input or the analysis itself that the user should hear about (as opposed to a
/// <see cref="Violation"/>, which is a finding about the user's initialization order).
/// </summary>
public sealed class Problem
{
    public Problem(string code, ProblemSeverity severity, string message, SourceLocation? location = null, string? file = null, string? displayFile = null)
    {
        Code = code;
        Severity = severity;
        Message = message;
        Location = location;
        File = location?.FilePath ?? file;
        DisplayFile = location?.DisplayPath ?? displayFile ?? file;
    }

    public string Code { get; }

    public ProblemSeverity Severity { get; }

    public string Message { get; }

    /// <summary>A source position when one is known.</summary>
    public SourceLocation? Location { get; }

    /// <summary>The file to blame: the source file when known, otherwise for example the assembly.</summary>
    public string? File { get; }

    /// <summary><see cref="File"/> relative to the project directory with forward slashes, for reports.</summary>
    public string? DisplayFile { get; }
}
