namespace InitOrder.Analysis;

/// <summary>
/// Where one verification spent its time: <c>load</c> (files, PDB, discovery, roots), <c>facts</c> (every method body
/// scanned into facts, wherever the scan ran), <c>world</c> (growing the live world, minus facts) and
/// <c>explanation</c> (violations, chains, INIT106, patch details, acceptances, minus facts).
/// </summary>
public sealed record PhaseTime(string Name, double Milliseconds);
