using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.IL;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Discovery;

/// <summary>
/// Reads the calls in the analysed assembly's <c>&lt;Module&gt;..cctor</c>. That body, not the
/// [ModuleInitializer] attributes, is the truth: the compiler orders it, and drops [Conditional] ones.
/// </summary>
internal static class ModuleInitializerReader
{
    public static List<MethodNode> Read(FactStore store) => Read(store, store.Context.Assemblies.Main);

    /// <summary>The initializers of any loaded assembly; for a referenced library they all run when it is first used.</summary>
    public static List<MethodNode> Read(FactStore store, LoadedAssembly main)
    {
        var initializers = new List<MethodNode>();
        if (main.ModuleInitializer is not { } moduleConstructor || main.GetBody(moduleConstructor) is not { } body)
        {
            return initializers;
        }

        foreach (var instruction in ILDecoder.Decode(body.GetILReader()))
        {
            if (instruction.OpCode == ILOpCode.Call && instruction.TokenHandle.Kind == HandleKind.MethodDefinition)
            {
                initializers.Add(store.Node(main, (MethodDefinitionHandle)instruction.TokenHandle));
            }
        }

        return initializers;
    }

    public static bool IsInitOrder(MethodNode initializer) =>
        InitOrderNames.IsInitOrderInitializer(initializer.DeclaringType.FullName, initializer.Name);
}
