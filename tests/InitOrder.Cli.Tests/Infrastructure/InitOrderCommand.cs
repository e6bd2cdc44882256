using System.IO;

namespace InitOrder.Cli.Tests.Infrastructure;

/// <summary>Runs <c>initorder</c> in-process, as if started in <paramref name="workingDirectory"/>.</summary>
internal static class InitOrderCommand
{
    public static CliResult RunIn(string workingDirectory, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exitCode = Program.Run(args, output, error, workingDirectory);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public static CliResult Run(params string[] args) => RunIn(Path.GetTempPath(), args);
}
