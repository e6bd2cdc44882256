using System.Collections.Generic;

namespace InitOrder.Tracing;

/// <summary>The environment that turns a run of an app into a record of every method's first compilation.</summary>
public static class OracleEnvironment
{
    /// <summary>
    /// JIT (0x10) events say what is compiled, in order; Loader (0x8) events name the file of each module, because
    /// a JIT event only carries a module id and <c>&lt;Module&gt;..cctor</c> is otherwise the same name in every assembly.
    /// JittedMethodILToNativeMap (0x20000) maps each frame of a stack back to an IL offset, and so to a source line.
    /// </summary>
    public const string Providers = "Microsoft-Windows-DotNETRuntime:0x20018:5";

    /// <param name="tracePath">
    /// The file to write. A <c>{pid}</c> in it is replaced by each process's id (.NET 5 and later), so every process
    /// of a tree that inherits this environment writes its own trace.
    /// </param>
    public static IReadOnlyDictionary<string, string?> For(string tracePath) => new Dictionary<string, string?>
    {
        // Precompiled framework code would never be JIT-compiled, so its first run would be invisible.
        ["DOTNET_ReadyToRun"] = "0",
        // Tier-0 code does not inline: every method that runs gets its own compilation event.
        ["DOTNET_TieredCompilation"] = "1",
        ["DOTNET_TC_QuickJitForLoops"] = "1",
        ["DOTNET_EnableEventPipe"] = "1",
        ["DOTNET_EventPipeConfig"] = Providers,
        ["DOTNET_EventPipeOutputPath"] = tracePath,
        // The end-of-session rundown lists every method again; only the live events matter, and it doubles the file.
        ["DOTNET_EventPipeRundown"] = "0",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    };
}
