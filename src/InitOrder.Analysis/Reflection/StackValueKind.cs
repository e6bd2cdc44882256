namespace InitOrder.Analysis.Reflection;

/// <summary>What a value on the IL stack is known to be (see <see cref="StackValue"/>).</summary>
internal enum StackValueKind : byte
{
    /// <summary>Nothing more than its static type, when that is known.</summary>
    Unknown,
    Null,
    String,
    Int32,
    /// <summary><c>ldtoken T</c>: a RuntimeTypeHandle of a known type.</summary>
    TypeHandle,
    /// <summary><c>typeof(T)</c> or a constant <c>Type.GetType("…")</c>: a System.Type of a known type.</summary>
    Type,
    /// <summary><c>x.GetType()</c>: the run-time type of a value of a known static type.</summary>
    RuntimeTypeOf,
    /// <summary>A member found by a constant name on a known type (<c>typeof(T).GetMethod("M")</c>).</summary>
    Member,
    /// <summary>An array of a known length (<c>new Type[2]</c>, <c>Type.EmptyTypes</c>).</summary>
    Array,
    /// <summary>
    /// <c>typeof(T)</c>, its handle, or a constant <c>Type.GetType("…")</c>, where T's definition has no analysed code
    /// (<c>typeof(object)</c>, <c>typeof(IDictionary&lt;Key, object&gt;)</c>, a Windows type an app probes for): its members
    /// are framework code, and what that code calls back is the framework-callback rule's. <see cref="StackValue.StaticType"/>
    /// keeps the type with its arguments for calls that act on those (a serializer handed <c>typeof(List&lt;Invoice&gt;)</c>).
    /// </summary>
    CodelessType,
}
