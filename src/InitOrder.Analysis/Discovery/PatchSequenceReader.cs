using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Graph;
using InitOrder.Analysis.IL;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Discovery;

/// <summary>
/// Reads the patches in run order from the generated code: the Patch&lt;N&gt; stubs that
/// <c>InitOrder.InitPatches.ApplyAll</c> calls, in IL order, and in each stub the first call to a
/// method carrying [InitPatch]. Library&lt;N&gt; stubs, which apply referenced libraries' patches, are
/// kept with their position because that code runs before the patches after them.
/// </summary>
internal static class PatchSequenceReader
{
    public static PatchSequence Read(CodeGraph graph)
    {
        var main = graph.Assemblies.Main;
        var sequence = new PatchSequence();
        var patches = sequence.Patches;
        if (main.FindType(InitOrderNames.PatchesType) is not { } patchesType ||
            FindMethod(main, patchesType, InitOrderNames.ApplyAllMethod) is not { } applyAll)
        {
            return sequence;
        }

        foreach (var stub in CalledMethods(main, applyAll))
        {
            var definition = main.Reader.GetMethodDefinition(stub);
            string name = main.Reader.GetString(definition.Name);
            if (definition.GetDeclaringType() != patchesType)
            {
                continue;
            }

            if (InitOrderNames.IsStubName(name, InitOrderNames.LibraryStubPrefix))
            {
                sequence.LibraryStubs.Add(new LibraryStub(graph.Node(main, stub), patches.Count));
                continue;
            }

            if (!InitOrderNames.IsStubName(name, InitOrderNames.StubPrefix))
            {
                continue;
            }

            foreach (var callee in CalledMethods(main, stub))
            {
                if (InitPatchAttributeReader.Read(main, callee) is { } attribute)
                {
                    patches.Add(new DiscoveredPatch(patches.Count, graph.Node(main, callee), attribute));
                    break;
                }
            }
        }

        return sequence;
    }

    /// <summary>True when any method carries [InitPatch], whether or not the generated sequence exists.</summary>
    public static bool HasPatchAttributes(LoadedAssembly assembly)
    {
        foreach (var method in assembly.Reader.MethodDefinitions)
        {
            if (InitPatchAttributeReader.HasAttribute(assembly, method))
            {
                return true;
            }
        }

        return false;
    }

    private static MethodDefinitionHandle? FindMethod(LoadedAssembly assembly, TypeDefinitionHandle type, string name)
    {
        foreach (var handle in assembly.Reader.GetTypeDefinition(type).GetMethods())
        {
            if (assembly.Reader.StringComparer.Equals(assembly.Reader.GetMethodDefinition(handle).Name, name))
            {
                return handle;
            }
        }

        return null;
    }

    private static IEnumerable<MethodDefinitionHandle> CalledMethods(LoadedAssembly assembly, MethodDefinitionHandle method)
    {
        if (assembly.GetBody(method) is not { } body)
        {
            yield break;
        }

        foreach (var instruction in ILDecoder.Decode(body.GetILReader()))
        {
            if (instruction.OpCode == ILOpCode.Call && instruction.TokenHandle.Kind == HandleKind.MethodDefinition)
            {
                yield return (MethodDefinitionHandle)instruction.TokenHandle;
            }
        }
    }
}
