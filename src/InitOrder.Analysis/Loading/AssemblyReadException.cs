using System;

namespace InitOrder.Analysis.Loading;

/// <summary>A file that is not a readable .NET assembly; the message says why, for the user.</summary>
internal sealed class AssemblyReadException : Exception
{
    public AssemblyReadException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
