using InitOrder.Tracing.Metadata;

namespace InitOrder.Tracing;

/// <summary>One managed frame of a stack in a trace: the method, and its source line when the PDB gives one.</summary>
public sealed record TraceFrame(MethodKey Method, string TypeName, string MethodName, SourceLine? Line)
{
    public string DisplayName => TypeName + "." + MethodName + "()";

    /// <summary>Like a .NET exception's stack line, which editors and terminals already link.</summary>
    public override string ToString() => "at " + DisplayName + (Line is { } line ? " in " + line.Path + ":line " + line.Line : "");
}
