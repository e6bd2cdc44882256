using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.IL;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// Whether the MethodInfo that <c>Delegate.Method</c> (or <c>GetMethodInfo</c>) pushed is consumed, right away, by code
/// that cannot invoke it: a formatter, one of its own descriptive getters, or a <c>pop</c>. The value is on top of the
/// stack when the next instruction runs, so that instruction is its only user: DI's event source formats a factory's
/// method for a diagnostic, and that does not run the factory. Any other next instruction (a store, a call that could
/// invoke it, a return) leaves the lookup counting as an invocation of any delegate.
/// </summary>
internal static class MethodOfDelegateUse
{
    private static readonly HashSet<(string Owner, string Method)> s_describing = new()
    {
        ("System.Runtime.CompilerServices.DefaultInterpolatedStringHandler", "AppendFormatted"),
        ("System.Text.StringBuilder+AppendInterpolatedStringHandler", "AppendFormatted"),
        ("System.Text.StringBuilder", "Append"),
        ("System.Text.StringBuilder", "AppendLine"),
        ("System.String", "Concat"),
        ("System.String", "Format"),
        ("System.Console", "Write"),
        ("System.Console", "WriteLine"),
        ("System.Object", "ToString"),
        ("System.Object", "GetHashCode"),
        ("System.Object", "GetType"),
        ("System.Reflection.MemberInfo", "get_Name"),
        ("System.Reflection.MemberInfo", "get_DeclaringType"),
        ("System.Reflection.MemberInfo", "get_ReflectedType"),
        ("System.Reflection.MemberInfo", "get_MetadataToken"),
        ("System.Reflection.MethodInfo", "get_ReturnType"),
        ("System.Reflection.MethodBase", "get_IsStatic"),
        ("System.Reflection.MethodBase", "get_IsPublic"),
        ("System.Reflection.MethodBase", "GetParameters"),
    };

    /// <summary>True when <paramref name="next"/> consumes the MethodInfo without being able to invoke it.</summary>
    public static bool OnlyDescribes(LoadedAssembly assembly, ILInstruction next)
    {
        if (next.OpCode == ILOpCode.Pop)
        {
            return true;
        }

        if (next.OpCode is not (ILOpCode.Call or ILOpCode.Callvirt) || !next.HasToken)
        {
            return false;
        }

        var token = assembly.Members.Get(next.TokenHandle);
        return token.IsMethod && token.Owner?.Definition is { } owner && s_describing.Contains((owner.FullName, token.Name));
    }
}
