using System.Collections.Generic;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// Framework methods that take a delegate without invoking it before the patches run. Any other framework method
/// handed a delegate may invoke it at once; this list only narrows that, one entry per known behaviour, each with a
/// test (eng/soundness.md, "Delegates").
/// </summary>
internal static class DelegateSinks
{
    // Handlers of events that fire at process exit, on an unhandled exception (which ends start-up), on a signal or on
    // unloading: none of them runs while the module initializer does.
    private static readonly HashSet<(string Owner, string Method)> s_later = new()
    {
        ("System.AppDomain", "add_ProcessExit"),
        ("System.AppDomain", "add_UnhandledException"),
        ("System.AppDomain", "add_DomainUnload"),
        ("System.Console", "add_CancelKeyPress"),
        ("System.Runtime.Loader.AssemblyLoadContext", "add_Unloading"),
        ("System.Runtime.InteropServices.PosixSignalRegistration", "Create"),
    };

    // Store a delegate and invoke nothing: what every C# event accessor and field-like event calls.
    private static readonly HashSet<(string Owner, string Method)> s_storeOnly = new()
    {
        ("System.Delegate", "Combine"),
        ("System.Delegate", "Remove"),
        ("System.Delegate", "RemoveAll"),
        ("System.Threading.Interlocked", "CompareExchange"),
        ("System.Threading.Interlocked", "Exchange"),
    };

    // Look at a delegate without running it: its method for a diagnostic, equality.
    private static readonly HashSet<(string Owner, string Method)> s_inspectOnly = new()
    {
        ("System.Diagnostics.DiagnosticMethodInfo", "Create"),
        ("System.Delegate", "op_Equality"),
        ("System.Delegate", "op_Inequality"),
        ("System.MulticastDelegate", "op_Equality"),
        ("System.MulticastDelegate", "op_Inequality"),
    };

    // Calls that may run any delegate: DynamicInvoke; a compiled expression, which can hold a delegate and invoke it
    // (Expression.Invoke).
    private static readonly HashSet<(string Owner, string Method)> s_invokeAny = new()
    {
        ("System.Delegate", "DynamicInvoke"),
        ("System.Linq.Expressions.LambdaExpression", "Compile"),
        ("System.Linq.Expressions.Expression`1", "Compile"),
    };

    // The MethodInfo of a delegate, which Invoke can run: invoking a MethodInfo reaches only what its lookup found
    // (Reflection/ReflectionApis.RunsReflectedMember), so this lookup counts as invoking any delegate, unless the very next
    // instruction consumes the MethodInfo without invoking it (MethodOfDelegateUse).
    private static readonly HashSet<(string Owner, string Method)> s_methodOfDelegate = new()
    {
        ("System.Delegate", "get_Method"),
        ("System.Reflection.RuntimeReflectionExtensions", "GetMethodInfo"),
    };

    /// <summary>Whether the call returns the MethodInfo of a delegate (<see cref="s_methodOfDelegate"/>).</summary>
    public static bool FindsMethodOfDelegate(string ownerFullName, string methodName) => s_methodOfDelegate.Contains((ownerFullName, methodName));

    /// <summary>Whether the call may invoke a delegate of any type (<see cref="s_invokeAny"/>).</summary>
    public static bool InvokesAnyDelegate(string ownerFullName, string methodName) => s_invokeAny.Contains((ownerFullName, methodName));

    /// <summary>Lazy&lt;T&gt;'s factory runs when <c>Value</c> is read, not when the Lazy is made.</summary>
    public const string LazyType = "System.Lazy`1";

    /// <summary>True when the framework method keeps the delegates it is handed for later (or never) instead of invoking them now.</summary>
    public static bool InvokesNothingNow(string ownerFullName, string methodName) =>
        KeptForLater(ownerFullName, methodName) is not null || s_storeOnly.Contains((ownerFullName, methodName)) || s_inspectOnly.Contains((ownerFullName, methodName));

    /// <summary>
    /// Why a framework method keeps the delegates it is handed for later, for the report's list of them; null when it
    /// may invoke them now, or only stores or inspects them (an event accessor's <c>Delegate.Combine</c>).
    /// </summary>
    public static string? KeptForLater(string ownerFullName, string methodName) =>
        s_later.Contains((ownerFullName, methodName)) ? "delegate kept for later: it runs at exit, on an unhandled exception, on a signal or on unloading, not before the patches"
        : ownerFullName == LazyType && methodName == ".ctor" ? "Lazy<T> factory kept for later: it runs where Value is read, which is followed there"
        : null;

    /// <summary><c>Lazy&lt;T&gt;.Value</c> runs the factory given to its constructor: an invocation of <c>Func&lt;T&gt;</c>.</summary>
    public static bool RunsLazyFactory(string ownerFullName, string methodName) => ownerFullName == LazyType && methodName == "get_Value";
}
