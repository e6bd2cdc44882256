using System.Collections.Generic;

namespace InitOrder.Cli;

/// <summary>The arguments of <c>initorder check</c>.</summary>
internal sealed class CheckOptions
{
    public CheckOptions(string assemblyPath)
    {
        AssemblyPath = assemblyPath;
    }

    /// <summary>The built assembly to analyse; its references are the files beside it.</summary>
    public string AssemblyPath { get; }

    /// <summary>Each <c>--target</c>: a type's full metadata name or an assembly's simple name.</summary>
    public List<string> Targets { get; } = new();

    /// <summary>Each <c>--reference</c>: more reference files or folders, searched before the files beside the assembly.</summary>
    public List<string> References { get; } = new();

    /// <summary><c>--report</c>: where to write the JSON and Markdown reports; none are written without it.</summary>
    public string? ReportDirectory { get; set; }

    /// <summary><c>--all-static-constructors</c>: treat every static constructor as code that runs first.</summary>
    public bool AllStaticConstructors { get; set; }

    /// <summary><c>--cache</c>: the facts cache's folder (see the analysis's Facts/Cache); none without it.</summary>
    public string? CacheDirectory { get; set; }
}
