using System;
using System.Collections.Generic;
using System.IO;

namespace InitOrder.Analysis.Loading;

/// <summary>
/// The analysed assembly plus the references the analysis has needed so far. A reference is read only
/// when reached code names it; among files with the same simple name an implementation assembly is
/// preferred, because only it has method bodies to follow.
/// </summary>
internal sealed class AssemblySet : IDisposable
{
    private readonly Dictionary<string, List<string>> _candidatePaths = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LoadedAssembly?> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _whyMissing = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<LoadedAssembly> _loaded = new();
    private readonly SourcePathMapper _paths;

    public AssemblySet(LoadedAssembly main, IEnumerable<string> referencePaths, SourcePathMapper paths)
    {
        Main = main;
        _paths = paths;
        _byName.Add(main.Name, main);
        _loaded.Add(main);
        foreach (string path in referencePaths)
        {
            if (string.IsNullOrEmpty(path))
            {
                continue;
            }

            string simpleName = Path.GetFileNameWithoutExtension(path);
            if (!_candidatePaths.TryGetValue(simpleName, out var list))
            {
                list = new List<string>();
                _candidatePaths.Add(simpleName, list);
            }

            if (!list.Contains(path))
            {
                list.Add(path);
            }
        }
    }

    public LoadedAssembly Main { get; }

    /// <summary>Every assembly read so far, the analysed one first. Grows while the analysis runs.</summary>
    public IReadOnlyList<LoadedAssembly> Loaded => _loaded;

    /// <summary>How many loaded assemblies have code (are not reference assemblies).</summary>
    public int ImplementationCount { get; private set; } = 1;

    /// <summary>
    /// Records every name asked for while it is set (see Facts/Cache): a method's facts replayed from the cache ask
    /// for the same names in the same order, so assemblies are loaded in the order a scan would load them.
    /// </summary>
    public AssemblyRequestLog? Requests { get; set; }

    /// <summary>The assembly with this simple name, read on first use; null when no usable file was given.</summary>
    public LoadedAssembly? Get(string simpleName)
    {
        Requests?.Add(simpleName);
        if (_byName.TryGetValue(simpleName, out var known))
        {
            return known;
        }

        var chosen = LoadBestCandidate(simpleName);
        _byName.Add(simpleName, chosen);
        if (chosen is not null)
        {
            _loaded.Add(chosen);
            ImplementationCount += chosen.IsReferenceAssembly ? 0 : 1;
        }

        return chosen;
    }

    /// <summary>
    /// What <see cref="Get"/> would choose from, without reading a file: every candidate path for the name with its
    /// size and last write time, in order ("" when there is none). Equal fingerprints choose the same file.
    /// </summary>
    public string CandidateFingerprint(string simpleName)
    {
        if (!_candidatePaths.TryGetValue(simpleName, out var paths))
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        foreach (string path in paths)
        {
            var (size, ticks) = AssemblyFileReader.Stamp(path);
            text.Append(path).Append('|').Append(size.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append('|').Append(ticks.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Why <see cref="Get"/> returned null for this name.</summary>
    public string WhyMissing(string simpleName) =>
        _whyMissing.TryGetValue(simpleName, out var why) ? why : "not among the references";

    public void Dispose()
    {
        foreach (var assembly in _loaded)
        {
            assembly.Dispose();
        }
    }

    private LoadedAssembly? LoadBestCandidate(string simpleName)
    {
        if (!_candidatePaths.TryGetValue(simpleName, out var paths))
        {
            return null;
        }

        LoadedAssembly? referenceOnly = null;
        foreach (string path in paths)
        {
            LoadedAssembly candidate;
            try
            {
                candidate = AssemblyFileReader.Read(path);
            }
            catch (AssemblyReadException e)
            {
                // The file name only: reports are shared, and reference folders (the NuGet cache) are the machine's business.
                _whyMissing[simpleName] = "'" + Path.GetFileName(path) + "' could not be read: " + e.Message;
                continue;
            }

            // A renamed file is not the assembly the metadata asked for.
            if (!string.Equals(candidate.Name, simpleName, StringComparison.OrdinalIgnoreCase))
            {
                _whyMissing[simpleName] = "'" + Path.GetFileName(path) + "' contains assembly '" + candidate.Name + "'";
                candidate.Dispose();
                continue;
            }

            if (!candidate.IsReferenceAssembly)
            {
                referenceOnly?.Dispose();
                AttachLines(candidate);
                return candidate;
            }

            if (referenceOnly is null)
            {
                referenceOnly = candidate;
            }
            else
            {
                candidate.Dispose();
            }
        }

        return referenceOnly;
    }

    /// <summary>Referenced code gets source lines too when its PDB is at hand; a missing one is not worth a diagnostic.</summary>
    private void AttachLines(LoadedAssembly assembly)
    {
        var pdb = PortablePdbLoader.Load(assembly, _paths);
        assembly.Lines = pdb.Lines;
    }
}
