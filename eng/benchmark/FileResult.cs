namespace InitOrder.Benchmarks;

/// <summary>The three workloads on one real assembly.</summary>
internal sealed class FileResult
{
    public FileResult(string name, CaseResult analysis, CaseResult cecil, CaseResult floor)
    {
        Name = name;
        Analysis = analysis;
        Cecil = cecil;
        Floor = floor;
    }

    public string Name { get; }

    public CaseResult Analysis { get; }

    public CaseResult Cecil { get; }

    public CaseResult Floor { get; }

    public double AnalysisOverCecil => Analysis.MedianMilliseconds / Cecil.MedianMilliseconds;

    public double AnalysisOverFloor => Analysis.MedianMilliseconds / Floor.MedianMilliseconds;

    public double PeakOverFile => Analysis.PeakBytes / Analysis.FileBytes;
}
