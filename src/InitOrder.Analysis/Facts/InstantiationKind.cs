namespace InitOrder.Analysis.Facts;

/// <summary>How an instruction brings objects of a type into existence; the chain's "live" note says it in words.</summary>
internal enum InstantiationKind : byte
{
    /// <summary>newobj.</summary>
    Created,
    /// <summary>A value type named by box, initobj, constrained, a type token or a generic argument: its values need no constructor.</summary>
    ValueTypeUsed,
    /// <summary>new T(), Activator.CreateInstance&lt;T&gt;(), Lazy&lt;T&gt; without a factory: the framework calls the constructor.</summary>
    ConstructedByFramework,
    /// <summary>Reflection runs one of its constructors (ConstructorInfo.Invoke, a serializer, a DI container).</summary>
    ConstructedByReflection,
    /// <summary>
    /// <c>Activator.CreateInstance</c> (so <c>new T()</c>) or <c>GetUninitializedObject</c> makes the object and returns it
    /// to its caller: framework code keeps nothing and calls nothing on it, so only hand-offs make it the framework's.
    /// </summary>
    ConstructedForCaller,
}
