using InitOrder.Tracing.Metadata;

namespace InitOrder.Tracing;

/// <summary>
/// What ran a target's code: the innermost analysed frame outside the target on the stack at that moment (a method
/// the JIT was compiling counts as a frame, where the JIT ran the code), or the innermost frame outside the target
/// when no analysed code is on the stack (<paramref name="InAnalysedCode"/> false).
/// </summary>
public sealed record Toucher(MethodDescription Method, TraceFrame Frame, bool InAnalysedCode);
