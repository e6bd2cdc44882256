using System;
using System.Collections.Generic;

namespace InitOrder.Tracing;

/// <summary>
/// The runtime's own managed helpers that the JIT calls where IL only reads a static field or casts (since .NET 9 in
/// C#, in System.Private.CoreLib): a static field read that initializes its class shows up as
/// <c>InitHelpers.InitClassSlow</c> under the method that read it. They are the runtime's plumbing, like its native
/// frames, so stacks leave them out and the method that read the field is what ran the static constructor.
/// </summary>
internal static class RuntimeHelperFrames
{
    private static readonly HashSet<string> s_helperTypes = new(StringComparer.Ordinal)
    {
        "System.Runtime.CompilerServices.CastHelpers",
        "System.Runtime.CompilerServices.GenericsHelpers",
        "System.Runtime.CompilerServices.InitHelpers",
        "System.Runtime.CompilerServices.StaticsHelpers",
        "System.Runtime.CompilerServices.VirtualDispatchHelpers",
    };

    public static bool IsHelper(MethodKey method, string typeName) =>
        s_helperTypes.Contains(typeName) && string.Equals(method.AssemblyFileName, "System.Private.CoreLib.dll", StringComparison.OrdinalIgnoreCase);
}
