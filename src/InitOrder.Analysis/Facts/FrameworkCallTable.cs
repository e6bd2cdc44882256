using System.Collections.Generic;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// What well-known framework methods call back on the objects they are handed, as <see cref="CallbackFamily"/>. A method
/// the table does not list may call any override (<see cref="CallbackFamily.All"/>), so the table only ever narrows
/// what is known: locks, weak references, interlocked and volatile access call nothing; generic containers store what
/// they are given, and hash or compare keys; formatting calls <c>ToString</c>. An entry describes the method's opaque
/// values (<c>object</c>, a generic parameter, the receiver and its type arguments); a parameter of any other type
/// (<c>IEnumerable&lt;T&gt;</c>, <c>IEqualityComparer&lt;T&gt;</c>, <c>TextWriter</c>) is used through that type, so
/// every override stays possible there (<see cref="ObjectHandOffs"/>). Values a container stores reach framework code
/// again only with the container, whose type arguments name them; eng/soundness.md states the assumption.
/// </summary>
internal static class FrameworkCallTable
{
    private const string AnyMethod = "*";

    private static readonly Dictionary<string, Dictionary<string, CallbackFamily>> s_types = Build();

    /// <summary>What <paramref name="methodName"/> of <paramref name="typeFullName"/> may call back; All when the table does not know.</summary>
    public static CallbackFamily FamilyOf(string typeFullName, string methodName)
    {
        if (!s_types.TryGetValue(typeFullName, out var methods))
        {
            return CallbackFamily.All;
        }

        return methods.TryGetValue(methodName, out var family) || methods.TryGetValue(AnyMethod, out family) ? family : CallbackFamily.All;
    }

    private static Dictionary<string, Dictionary<string, CallbackFamily>> Build()
    {
        var table = new Dictionary<string, Dictionary<string, CallbackFamily>>(System.StringComparer.Ordinal);

        // Identity, locks and memory order: nothing is called on the object.
        Add(table, "System.Object", CallbackFamily.None, ".ctor", "GetType", "ReferenceEquals", "MemberwiseClone");
        Add(table, "System.Object", CallbackFamily.Formatting, "ToString");
        Add(table, "System.Object", CallbackFamily.Equality, "Equals", "GetHashCode");
        Add(table, "System.Threading.Monitor", CallbackFamily.None, AnyMethod);
        Add(table, "System.Reflection.MethodBase", CallbackFamily.None, "Invoke");
        Add(table, "System.Reflection.MethodInfo", CallbackFamily.None, "Invoke");
        Add(table, "System.Reflection.ConstructorInfo", CallbackFamily.None, "Invoke");
        // DynamicInvoke hands its arguments to the delegate's target, as MethodBase.Invoke does; the delegate rule decides what runs.
        Add(table, "System.Delegate", CallbackFamily.None, "DynamicInvoke", "CreateDelegate");
        // A delegate for a method found by reflection keeps its target; what the delegate runs is the lookup's.
        Add(table, "System.Reflection.MethodInfo", CallbackFamily.None, "CreateDelegate");
        // Array initializers copy constant data; the identity hash reads no override.
        Add(table, "System.Runtime.CompilerServices.RuntimeHelpers", CallbackFamily.None, "InitializeArray", "CreateSpan", "GetHashCode", "EnsureSufficientExecutionStack", "IsReferenceOrContainsReferences", "GetSubArray");
        Add(table, "System.Threading.Interlocked", CallbackFamily.None, AnyMethod);
        Add(table, "System.Threading.Volatile", CallbackFamily.None, AnyMethod);
        Add(table, "System.GC", CallbackFamily.None, "SuppressFinalize", "KeepAlive", "ReRegisterForFinalize", "GetGeneration");
        Add(table, "System.Runtime.CompilerServices.RuntimeHelpers", CallbackFamily.None, "GetHashCode", "Equals", "EnsureSufficientExecutionStack", "InitializeArray", "IsReferenceOrContainsReferences");
        Add(table, "System.Runtime.CompilerServices.Unsafe", CallbackFamily.None, AnyMethod);
        Add(table, "System.Runtime.InteropServices.MemoryMarshal", CallbackFamily.None, "CreateSpan", "CreateReadOnlySpan", "GetReference", "GetArrayDataReference", "Cast", "AsBytes");
        Add(table, "System.Runtime.InteropServices.CollectionsMarshal", CallbackFamily.None, "AsSpan", "SetCount");
        Add(table, "System.ArgumentNullException", CallbackFamily.None, "ThrowIfNull");
        Add(table, "System.ObjectDisposedException", CallbackFamily.None, "ThrowIf");

        // Holders: a weak or lazy reference, a tuple, a nullable, a task's result.
        Add(table, "System.WeakReference`1", CallbackFamily.None, AnyMethod);
        Add(table, "System.WeakReference", CallbackFamily.None, ".ctor", "get_Target", "set_Target", "get_IsAlive");
        Add(table, "System.Runtime.CompilerServices.ConditionalWeakTable`2", CallbackFamily.None, ".ctor", "Add", "AddOrUpdate", "TryAdd", "TryGetValue", "Remove", "Clear");
        Add(table, "System.Lazy`1", CallbackFamily.None, ".ctor", "get_Value", "get_IsValueCreated");
        Add(table, "System.Nullable`1", CallbackFamily.None, ".ctor", "get_Value", "get_HasValue", "GetValueOrDefault");
        Add(table, "System.Collections.Generic.KeyValuePair`2", CallbackFamily.None, ".ctor", "get_Key", "get_Value", "Deconstruct");
        Add(table, "System.Collections.Generic.KeyValuePair", CallbackFamily.None, "Create");
        Add(table, "System.Tuple", CallbackFamily.None, "Create");
        Add(table, "System.ValueTuple", CallbackFamily.None, "Create");
        for (int arity = 1; arity <= 8; arity++)
        {
            Add(table, "System.Tuple`" + arity, CallbackFamily.None, ".ctor", "get_Item1", "get_Item2", "get_Item3", "get_Item4", "get_Item5", "get_Item6", "get_Item7", "get_Rest");
            Add(table, "System.ValueTuple`" + arity, CallbackFamily.None, ".ctor");
        }

        Add(table, "System.Threading.Tasks.Task", CallbackFamily.None, "FromResult", "get_CompletedTask");
        Add(table, "System.Threading.Tasks.Task`1", CallbackFamily.None, "get_Result", "GetAwaiter", "ConfigureAwait", "Wait", "get_IsCompleted", "ContinueWith");
        Add(table, "System.Threading.Tasks.Task", CallbackFamily.None, "GetAwaiter", "ConfigureAwait", "Wait", "get_IsCompleted", "ContinueWith", "WhenAll", "WhenAny", "Delay");
        Add(table, "System.Runtime.CompilerServices.TaskAwaiter`1", CallbackFamily.None, "GetResult", "get_IsCompleted", "OnCompleted", "UnsafeOnCompleted");
        Add(table, "System.Runtime.CompilerServices.TaskAwaiter", CallbackFamily.None, "GetResult", "get_IsCompleted", "OnCompleted", "UnsafeOnCompleted");
        Add(table, "System.Runtime.CompilerServices.ConfiguredTaskAwaitable`1", CallbackFamily.None, "GetAwaiter");
        Add(table, "System.Runtime.CompilerServices.ConfiguredTaskAwaitable`1+ConfiguredTaskAwaiter", CallbackFamily.None, "GetResult", "get_IsCompleted", "OnCompleted", "UnsafeOnCompleted");
        Add(table, "System.Threading.Tasks.ValueTask`1", CallbackFamily.None, ".ctor", "get_Result");
        Add(table, "System.Threading.Tasks.TaskCompletionSource`1", CallbackFamily.None, ".ctor", "SetResult", "TrySetResult", "get_Task");
        Add(table, "System.Runtime.CompilerServices.AsyncTaskMethodBuilder`1", CallbackFamily.None, "SetResult", "get_Task", "Create");
        Add(table, "System.Runtime.CompilerServices.AsyncValueTaskMethodBuilder`1", CallbackFamily.None, "SetResult", "get_Task", "Create");
        Add(table, "System.Threading.AsyncLocal`1", CallbackFamily.None, "get_Value", "set_Value");
        Add(table, "System.Threading.ThreadLocal`1", CallbackFamily.None, "get_Value", "set_Value", "get_IsValueCreated");

        // Collections store their elements; lookups hash and compare them.
        Add(table, "System.Collections.Generic.List`1", CallbackFamily.None, "Add", "Insert", "get_Item", "set_Item", "get_Count", "Clear", "RemoveAt", "RemoveRange", "ToArray", "GetEnumerator", "get_Capacity", "set_Capacity", "AsReadOnly", "GetRange", "Reverse");
        Add(table, "System.Collections.Generic.List`1", CallbackFamily.Equality, "Contains", "IndexOf", "LastIndexOf", "Remove", "Sort", "BinarySearch");
        Add(table, "System.Collections.Generic.List`1", CallbackFamily.None, "RemoveAll", "ForEach", "Find", "FindAll", "FindIndex", "FindLast", "FindLastIndex", "Exists", "TrueForAll", "ConvertAll");
        Add(table, "System.Collections.Generic.List`1+Enumerator", CallbackFamily.None, AnyMethod);
        Add(table, "System.Collections.Generic.Dictionary`2", CallbackFamily.Equality, AnyMethod);
        Add(table, "System.Collections.Generic.Dictionary`2", CallbackFamily.All, "EnsureCapacity", "TrimExcess", "GetObjectData", "OnDeserialization");
        Add(table, "System.Collections.Generic.Dictionary`2+Enumerator", CallbackFamily.None, AnyMethod);
        Add(table, "System.Collections.Generic.Dictionary`2+KeyCollection", CallbackFamily.None, ".ctor", "get_Count", "GetEnumerator");
        Add(table, "System.Collections.Generic.Dictionary`2+ValueCollection", CallbackFamily.None, ".ctor", "get_Count", "GetEnumerator");
        Add(table, "System.Collections.Generic.HashSet`1", CallbackFamily.Equality, AnyMethod);
        Add(table, "System.Collections.Generic.Queue`1", CallbackFamily.Equality, AnyMethod);
        Add(table, "System.Collections.Generic.Stack`1", CallbackFamily.Equality, AnyMethod);
        Add(table, "System.Collections.Concurrent.ConcurrentDictionary`2", CallbackFamily.Equality, AnyMethod);
        Add(table, "System.Collections.Concurrent.ConcurrentQueue`1", CallbackFamily.None, AnyMethod);
        Add(table, "System.Collections.Concurrent.ConcurrentStack`1", CallbackFamily.None, AnyMethod);
        Add(table, "System.Collections.Concurrent.ConcurrentBag`1", CallbackFamily.None, AnyMethod);
        Add(table, "System.Collections.Generic.EqualityComparer`1", CallbackFamily.Equality, AnyMethod);
        Add(table, "System.Collections.Generic.Comparer`1", CallbackFamily.Equality, AnyMethod);
        Add(table, "System.Array", CallbackFamily.None, "Empty", "Resize", "Copy", "Clear", "get_Length", "GetLength", "CreateInstance", "Fill");
        Add(table, "System.Array", CallbackFamily.None, "SetValue", "GetValue", "ConvertAll", "ForEach", "Find", "FindAll", "FindIndex", "FindLast", "FindLastIndex", "Exists", "TrueForAll", "AsReadOnly", "Reverse");
        Add(table, "System.Array", CallbackFamily.Equality, "IndexOf", "LastIndexOf", "Sort", "BinarySearch", "Contains");
        Add(table, "System.Span`1", CallbackFamily.None, ".ctor", "get_Item", "get_Length", "Slice", "ToArray", "op_Implicit", "CopyTo", "Clear", "Fill");
        Add(table, "System.ReadOnlySpan`1", CallbackFamily.None, ".ctor", "get_Item", "get_Length", "Slice", "ToArray", "op_Implicit", "CopyTo");
        Add(table, "System.MemoryExtensions", CallbackFamily.Equality, AnyMethod);

        // Framework interfaces as receivers: walking a collection calls nothing on its elements; lookups hash and compare.
        Add(table, "System.Collections.IEnumerable", CallbackFamily.None, "GetEnumerator");
        Add(table, "System.Collections.Generic.IEnumerable`1", CallbackFamily.None, "GetEnumerator");
        Add(table, "System.Collections.IEnumerator", CallbackFamily.None, "MoveNext", "get_Current", "Reset");
        Add(table, "System.Collections.Generic.IEnumerator`1", CallbackFamily.None, "get_Current");
        Add(table, "System.Collections.ICollection", CallbackFamily.None, "get_Count", "CopyTo", "get_SyncRoot", "get_IsSynchronized");
        Add(table, "System.Collections.Generic.ICollection`1", CallbackFamily.None, "get_Count", "CopyTo", "Add", "Clear", "get_IsReadOnly");
        Add(table, "System.Collections.Generic.ICollection`1", CallbackFamily.Equality, "Contains", "Remove");
        Add(table, "System.Collections.Generic.IReadOnlyCollection`1", CallbackFamily.None, "get_Count");
        Add(table, "System.Collections.IList", CallbackFamily.None, "get_Item", "set_Item", "Add", "Insert", "RemoveAt", "Clear", "get_IsReadOnly", "get_IsFixedSize");
        Add(table, "System.Collections.IList", CallbackFamily.Equality, "Contains", "IndexOf", "Remove");
        Add(table, "System.Collections.Generic.IList`1", CallbackFamily.None, "get_Item", "set_Item", "Insert", "RemoveAt");
        Add(table, "System.Collections.Generic.IList`1", CallbackFamily.Equality, "IndexOf");
        Add(table, "System.Collections.Generic.IReadOnlyList`1", CallbackFamily.None, "get_Item");
        Add(table, "System.Collections.IDictionary", CallbackFamily.Equality, AnyMethod);
        Add(table, "System.Collections.Generic.IDictionary`2", CallbackFamily.Equality, AnyMethod);
        Add(table, "System.Collections.Generic.IReadOnlyDictionary`2", CallbackFamily.Equality, AnyMethod);
        Add(table, "System.Collections.Generic.ISet`1", CallbackFamily.Equality, "Add", "Contains", "Remove");
        Add(table, "System.Collections.Generic.IEqualityComparer`1", CallbackFamily.Equality, AnyMethod);
        Add(table, "System.Collections.IEqualityComparer", CallbackFamily.Equality, AnyMethod);
        Add(table, "System.Collections.Generic.IComparer`1", CallbackFamily.Equality, AnyMethod);
        Add(table, "System.Collections.IComparer", CallbackFamily.Equality, AnyMethod);
        Add(table, "System.IEquatable`1", CallbackFamily.Equality, AnyMethod);
        Add(table, "System.IComparable", CallbackFamily.Equality, AnyMethod);
        Add(table, "System.IComparable`1", CallbackFamily.Equality, AnyMethod);
        Add(table, "System.IFormattable", CallbackFamily.Formatting, AnyMethod);
        Add(table, "System.ISpanFormattable", CallbackFamily.Formatting, AnyMethod);
        Add(table, "System.Type", CallbackFamily.None, "IsInstanceOfType", "IsAssignableFrom");

        // Work queued with a state object: the state goes back to the callback, which the delegate rule follows.
        Add(table, "System.Threading.ThreadPool", CallbackFamily.None, "QueueUserWorkItem", "UnsafeQueueUserWorkItem");
        Add(table, "System.Threading.Timer", CallbackFamily.None, ".ctor");
        Add(table, "System.Threading.Tasks.TaskFactory", CallbackFamily.None, "StartNew");
        Add(table, "System.Threading.Tasks.Task", CallbackFamily.None, "Run");

        // Formatting calls ToString and its kin on the values it formats.
        Add(table, "System.String", CallbackFamily.Formatting, AnyMethod);
        Add(table, "System.Text.StringBuilder", CallbackFamily.Formatting, AnyMethod);
        Add(table, "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler", CallbackFamily.Formatting, AnyMethod);
        Add(table, "System.Console", CallbackFamily.Formatting, "Write", "WriteLine");
        Add(table, "System.Convert", CallbackFamily.Formatting, "ToString");
        Add(table, "System.ArgumentOutOfRangeException", CallbackFamily.Formatting, ".ctor");
        return table;
    }

    private static void Add(Dictionary<string, Dictionary<string, CallbackFamily>> table, string type, CallbackFamily family, params string[] methods)
    {
        if (!table.TryGetValue(type, out var byMethod))
        {
            byMethod = new Dictionary<string, CallbackFamily>(System.StringComparer.Ordinal);
            table.Add(type, byMethod);
        }

        foreach (string method in methods)
        {
            byMethod[method] = family;
        }
    }
}
