using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection.Metadata;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Facts.Storage;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Resolution;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts;

/// <summary>
/// A virtual call site is stored as one edge to a dispatch set shared by every call site of the slot, and is
/// enumerated as one edge per member at the call site's offset.
/// </summary>
public sealed class DispatchSetTests
{
    private const string WorkerSource = """
        namespace Sample
        {
            public abstract class Worker { public abstract void Run(); }
            public sealed class First : Worker { static First() { } public override void Run() { } }
            public sealed class Second : Worker { public override void Run() { } }
            public static class Callers
            {
                public static void One(Worker worker) { worker.Run(); }
                public static void Two(Worker worker) { worker.Run(); worker.Run(); }
            }
        }
        """;

    [Fact]
    public void Call_sites_of_one_slot_share_one_set_stored_once_per_method()
    {
        var app = TestAssemblyBuilder.Create("App").WithoutGenerator().Source("Workers.cs", WorkerSource).Emit();
        using var assemblies = Open(app.Path);
        var store = new FactStore(new ResolutionContext(assemblies));

        var one = store.FactsOf(Method(store, "Callers", "One")).Edges;
        var two = store.FactsOf(Method(store, "Callers", "Two")).Edges;

        var fromOne = Assert.Single(Packed(one), e => e.ToDispatchSet);
        var fromTwo = Assert.Single(Packed(two), e => e.ToDispatchSet);
        Assert.Equal(fromOne.Target, fromTwo.Target);
    }

    [Fact]
    public void A_set_unpacks_to_each_override_and_its_class_constructor_at_the_call_site()
    {
        var app = TestAssemblyBuilder.Create("App").WithoutGenerator().Source("Workers.cs", WorkerSource).Emit();
        using var assemblies = Open(app.Path);
        var store = new FactStore(new ResolutionContext(assemblies));

        var edges = store.FactsOf(Method(store, "Callers", "One")).Edges;
        var callSite = Assert.Single(Packed(edges), e => e.ToDispatchSet).ILOffset;
        var unpacked = Unpacked(edges).Where(e => e.ILOffset == callSite).Select(e => (e.Target.ShortName, e.Kind)).ToList();

        Assert.Equal(new[]
        {
            ("First.Run()", EdgeKind.VirtualDispatch),
            ("First..cctor", EdgeKind.StaticConstructor),
            ("Second.Run()", EdgeKind.VirtualDispatch),
        }, unpacked);

        // The statistics still count every method the call may reach: One is the only method analysed here.
        Assert.Equal(3, store.EdgeCount);
    }

    [Fact]
    public void An_assembly_loaded_later_adds_its_overrides_to_the_existing_set()
    {
        var baseLibrary = TestAssemblyBuilder.Create("WorkerBase").WithoutGenerator()
            .Source("Worker.cs", "namespace Base { public abstract class Worker { public abstract void Run(); } }").Emit();
        var implementation = TestAssemblyBuilder.Create("WorkerImpl").WithoutGenerator().Reference(baseLibrary)
            .Source("Impl.cs", "namespace Impl { public sealed class LateWorker : Base.Worker { public override void Run() { } } }").Emit();
        var app = TestAssemblyBuilder.Create("App").WithoutGenerator().Reference(baseLibrary)
            .Source("Callers.cs", "namespace Sample { public static class Callers { public static void One(Base.Worker worker) { worker.Run(); } } }").Emit();
        using var assemblies = Open(app.Path, baseLibrary.Path, implementation.Path);
        var store = new FactStore(new ResolutionContext(assemblies));
        var edges = store.FactsOf(Method(store, "Callers", "One")).Edges;
        Assert.DoesNotContain(Unpacked(edges), e => e.Kind == EdgeKind.VirtualDispatch);

        Assert.NotNull(assemblies.Get("WorkerImpl"));
        Assert.Equal(1, store.RefreshDispatch());

        // The facts are not rebuilt: the set they point at now has the new override.
        var after = store.FactsOf(Method(store, "Callers", "One")).Edges;
        Assert.Contains(Unpacked(after), e => e.Kind == EdgeKind.VirtualDispatch && e.Target.ShortName == "LateWorker.Run()");
        Assert.Equal(0, store.RefreshDispatch());
    }

    private static AssemblySet Open(string path, params string[] references) =>
        new(AssemblyFileReader.Read(path), references.Concat(Net80References.Paths).ToArray(), new SourcePathMapper(Array.Empty<SourceRootMapping>(), null));

    private static MethodNode Method(FactStore store, string type, string method)
    {
        var main = store.Context.Assemblies.Main;
        var reader = main.Reader;
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            if (!reader.StringComparer.Equals(reader.GetTypeDefinition(typeHandle).Name, type))
            {
                continue;
            }

            foreach (var handle in reader.GetTypeDefinition(typeHandle).GetMethods())
            {
                if (reader.StringComparer.Equals(reader.GetMethodDefinition(handle).Name, method))
                {
                    return store.Node(main, handle);
                }
            }
        }

        throw new InvalidOperationException(type + "." + method + " not found");
    }

    private static List<PackedEdge> Packed(EdgeList edges)
    {
        var packed = new List<PackedEdge>();
        for (int i = 0; i < edges.Count; i++)
        {
            packed.Add(edges[i]);
        }

        return packed;
    }

    private static List<Edge> Unpacked(EdgeList edges)
    {
        var unpacked = new List<Edge>();
        foreach (var edge in edges)
        {
            unpacked.Add(edge);
        }

        return unpacked;
    }
}
