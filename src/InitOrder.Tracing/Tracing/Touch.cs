using System;
using System.Collections.Generic;
using InitOrder.Tracing.Metadata;

namespace InitOrder.Tracing;

/// <summary>
/// Code of a patch's target that ran before the patch finished: <see cref="Ran"/> (its static constructor, a
/// constructor, a method or an accessor; for an assembly target any of its code) first ran at <see cref="Observed"/>.
/// Mentioning the target is not a touch, and neither is compiling a method that mentions it: only the target's own
/// code running is, because only then can it capture state before the patch sets it.
/// </summary>
public sealed record Touch(string Target, MethodDescription Ran, ObservedMethod Observed)
{
    /// <summary>True when <see cref="Target"/> is an assembly target rather than a type.</summary>
    public bool IsAssemblyTarget { get; init; }

    /// <summary>Whether <see cref="Ran"/> is analysed code (the oracle: the app's output folder; the command: not the framework).</summary>
    public bool RanInAnalysedCode { get; init; }

    /// <summary>
    /// Whether the touch is held against the build: the target's code is analysed code, or analysed code called it
    /// directly. A framework target that framework code runs on its own (the runtime's start-up, or deep inside a
    /// framework call) is outside what a build can see.
    /// </summary>
    public bool InAnalysedCode { get; init; }

    /// <summary>What ran the target's code, or null when the stack shows nothing outside the target.</summary>
    public Toucher? By { get; init; }

    /// <summary>
    /// The method the JIT was compiling when the runtime ran the target's code on its behalf (a referenced assembly's
    /// module initializer, a class initialization at compile time), from the nesting of the JIT events; else null.
    /// </summary>
    public MethodDescription? WhileCompiling { get; init; }

    /// <summary>The managed stack when the target's code first ran, innermost first, starting with that code.</summary>
    public IReadOnlyList<TraceFrame> Stack { get; init; } = Array.Empty<TraceFrame>();

    /// <summary>The toucher in the verifier's naming: what ran the target's code, or that code itself when nothing else is known.</summary>
    public string ToucherName => (By?.Method ?? Ran).DisplayName;

    public override string ToString() =>
        (By is null ? "" : By.Method.DisplayName + " ran ") + Ran.DisplayName + (WhileCompiling is { } compiled ? " while the JIT compiled " + compiled.DisplayName : "");
}
