using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Verification;

/// <summary>Code that runs before a given patch; searches for violations start here.</summary>
internal sealed class AnalysisRoot
{
    public AnalysisRoot(MethodNode method, RootKind kind)
    {
        Method = method;
        Kind = kind;
    }

    public MethodNode Method { get; }

    public RootKind Kind { get; }

    public string Code => Kind == RootKind.EarlierModuleInitializer
        ? DiagnosticCodes.ReachedFromEarlierModuleInitializer
        : DiagnosticCodes.ReachedFromInitOrderSequence;
}
