namespace InitOrder.Analysis;

/// <summary>
/// One call in <c>&lt;Module&gt;..cctor</c>, in the order the runtime makes it.
/// </summary>
public sealed class InitializerInfo
{
    public InitializerInfo(string method, bool isInitOrder)
    {
        Method = method;
        IsInitOrder = isInitOrder;
    }

    /// <summary>Full name, for example <c>Sample.Telemetry.Init()</c>.</summary>
    public string Method { get; }

    /// <summary>True for the initializer InitOrder's generator emitted.</summary>
    public bool IsInitOrder { get; }
}
