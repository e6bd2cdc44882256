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
}
