namespace InitOrder.Analysis.Graph;

/// <summary>A method a virtual call may land on, and the static constructor of its class (if any).</summary>
internal sealed class DispatchTarget
{
    public DispatchTarget(MethodNode method, MethodNode? classConstructor)
    {
        Method = method;
        ClassConstructor = classConstructor;
    }

    public MethodNode Method { get; }

    public MethodNode? ClassConstructor { get; }
}
