using System.Collections.Generic;
using System.Linq;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>A snippet compiled to disk: the assembly, its PDB, and what it references.</summary>
internal sealed class CompiledAssembly
{
    public CompiledAssembly(string name, string path, string? pdbPath, string projectDirectory, IReadOnlyList<CompiledAssembly> references)
    {
        Name = name;
        Path = path;
        PdbPath = pdbPath;
        ProjectDirectory = projectDirectory;
        References = references;
    }

    public string Name { get; }

    public string Path { get; }

    public string? PdbPath { get; }

    /// <summary>The folder source paths in the PDB are under (sources themselves are not written).</summary>
    public string ProjectDirectory { get; }

    public IReadOnlyList<CompiledAssembly> References { get; }

    /// <summary>What a build would pass the task: framework reference assemblies plus every compiled dependency.</summary>
    public IReadOnlyList<string> ReferencePaths =>
        Net80References.Paths.Concat(AllReferences().Select(r => r.Path)).Distinct().ToList();

    public VerificationResult Verify(IReadOnlyList<SourceRootMapping>? sourceRoots = null, IReadOnlyList<string>? referencePaths = null) =>
        Verifier.Verify(new VerificationRequest(Path, referencePaths ?? ReferencePaths, sourceRoots, ProjectDirectory));

    private IEnumerable<CompiledAssembly> AllReferences()
    {
        var seen = new HashSet<CompiledAssembly>();
        var work = new Queue<CompiledAssembly>(References);
        while (work.Count > 0)
        {
            var next = work.Dequeue();
            if (seen.Add(next))
            {
                yield return next;
                foreach (var reference in next.References)
                {
                    work.Enqueue(reference);
                }
            }
        }
    }
}
