using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.IL;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Discovery;

/// <summary>
/// Reads the patches in run order from the generated code: the Patch&lt;N&gt; stubs that
/// <c>InitOrder.InitPatches.ApplyAll</c> calls, in IL order, and in each stub the first call to a
/// method carrying [InitPatch]. A Library&lt;N&gt; stub applies a referenced library's patches; when the
/// library's implementation is available its sequence is read in place (recursively, each library once,
/// as at run time), so library patches become ordinary earlier patches with their own source lines.
/// </summary>
internal static class PatchSequenceReader
{
    public static PatchSequence Read(FactStore store)
    {
        var sequence = new PatchSequence();
        var expanded = new HashSet<LoadedAssembly> { store.Context.Assemblies.Main };
        Append(store, store.Context.Assemblies.Main, sequence, expanded);
        return sequence;
    }

    private static void Append(FactStore store, LoadedAssembly assembly, PatchSequence sequence, HashSet<LoadedAssembly> expanded)
    {
        var patches = sequence.Patches;
        if (assembly.FindType(InitOrderNames.PatchesType) is not { } patchesType ||
            FindMethod(assembly, patchesType, InitOrderNames.ApplyAllMethod) is not { } applyAll)
        {
            return;
        }

        foreach (var stub in CalledMethods(assembly, applyAll))
        {
            var definition = assembly.Reader.GetMethodDefinition(stub);
            string name = assembly.Reader.GetString(definition.Name);
            if (definition.GetDeclaringType() != patchesType)
            {
                continue;
            }

            if (InitOrderNames.IsStubName(name, InitOrderNames.LibraryStubPrefix))
            {
                AppendLibrary(store, assembly, stub, sequence, expanded);
                continue;
            }

            if (!InitOrderNames.IsStubName(name, InitOrderNames.StubPrefix))
            {
                continue;
            }

            foreach (var callee in CalledMethods(assembly, stub))
            {
                if (InitPatchAttributeReader.Read(assembly, callee) is { } attribute)
                {
                    patches.Add(new DiscoveredPatch(patches.Count, store.Node(assembly, callee), attribute));
                    break;
                }
            }
        }
    }

    private static void AppendLibrary(FactStore store, LoadedAssembly assembly, MethodDefinitionHandle stub, PatchSequence sequence, HashSet<LoadedAssembly> expanded)
    {
        var library = FindLibrary(store, assembly, stub);
        if (library is null || library.FindType(InitOrderNames.PatchesType) is null)
        {
            // Only a reference assembly (or nothing) is available: the stub itself stands for the library's code.
            sequence.LibraryStubs.Add(new LibraryStub(store.Node(assembly, stub), sequence.Patches.Count));
            return;
        }

        if (!expanded.Add(library))
        {
            return;
        }

        Append(store, library, sequence, expanded);

        // The runtime runs the whole library initializer (patches, then the library's own initializers) when the
        // stub is compiled, so its other initializers run before every later patch.
        foreach (var initializer in ModuleInitializerReader.Read(store, library))
        {
            if (!ModuleInitializerReader.IsInitOrder(initializer))
            {
                sequence.LibraryStubs.Add(new LibraryStub(initializer, sequence.Patches.Count));
            }
        }
    }

    /// <summary>The assembly whose AssemblyPatches_X.ApplyAll the stub calls, if its implementation is loaded.</summary>
    private static LoadedAssembly? FindLibrary(FactStore store, LoadedAssembly assembly, MethodDefinitionHandle stub)
    {
        if (assembly.GetBody(stub) is not { } body)
        {
            return null;
        }

        foreach (var instruction in ILDecoder.Decode(body.GetILReader()))
        {
            if (instruction.OpCode != ILOpCode.Call || instruction.TokenHandle.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            var token = MemberTokenDecoder.Decode(assembly, instruction.TokenHandle);
            if (token.Name == InitOrderNames.ApplyAllMethod && store.Context.Members.ResolveMethod(assembly, token) is { } method)
            {
                return method.DeclaringType.Assembly;
            }
        }

        return null;
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
