namespace InitOrder.Tracing;

/// <summary>A method the trace shows running for the first time, with the position of that first compilation.</summary>
public sealed record ObservedMethod(MethodKey Key, string TypeName, string MethodName, int FirstIndex)
{
    public bool IsStaticConstructor => MethodName == ".cctor";

    public override string ToString() => TypeName + "::" + MethodName;
}
