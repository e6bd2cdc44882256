using System;

namespace InitOrder.Cli;

/// <summary>A command line that cannot be run; the message says what to change.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
