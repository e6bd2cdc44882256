namespace InitOrder.Benchmarks;

/// <summary>What one measured run does to an assembly file.</summary>
internal enum Workload
{
    /// <summary>The initorder command's full analysis: open, IL scan, graph, reachability from every static constructor, PDB lines, reports.</summary>
    Analysis,
    /// <summary>The peer baseline: Mono.Cecil reads the module and walks every instruction of every body.</summary>
    Cecil,
    /// <summary>The floor: System.Reflection.Metadata decodes every method body, opcode by opcode, and nothing else.</summary>
    Floor,
}
