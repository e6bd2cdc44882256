using System;
using System.Collections.Generic;

namespace InitOrder.Analysis.Graph;

/// <summary>
/// Framework APIs that pick the code to run by name or by a runtime value. The verifier cannot tell
/// what they reach, so each reached call site is listed as not followed.
/// </summary>
internal static class ReflectionApis
{
    private static readonly HashSet<(string Owner, string Method)> s_apis = Split(new[]
    {
        "System.Activator::CreateInstance",
        "System.Activator::CreateInstanceFrom",
        "System.AppDomain::CreateInstance",
        "System.AppDomain::CreateInstanceAndUnwrap",
        "System.AppDomain::Load",
        "System.Reflection.Assembly::CreateInstance",
        "System.Reflection.Assembly::GetType",
        "System.Reflection.Assembly::Load",
        "System.Reflection.Assembly::LoadFile",
        "System.Reflection.Assembly::LoadFrom",
        "System.Reflection.ConstructorInfo::Invoke",
        "System.Reflection.FieldInfo::GetValue",
        "System.Reflection.FieldInfo::SetValue",
        "System.Reflection.MethodBase::Invoke",
        "System.Reflection.MethodInfo::Invoke",
        "System.Reflection.PropertyInfo::GetValue",
        "System.Reflection.PropertyInfo::SetValue",
        "System.Runtime.Loader.AssemblyLoadContext::LoadFromAssemblyName",
        "System.Runtime.Loader.AssemblyLoadContext::LoadFromAssemblyPath",
        "System.Type::GetMethod",
        "System.Type::GetType",
        "System.Type::InvokeMember",
        "System.Delegate::DynamicInvoke",
    });

    // Asked for every call a scan follows: a pair as key, so no string is built per call.
    public static bool IsReflectionCall(string ownerFullName, string methodName) =>
        ownerFullName.StartsWith("System.", StringComparison.Ordinal) && s_apis.Contains((ownerFullName, methodName));

    private static HashSet<(string, string)> Split(string[] apis)
    {
        var set = new HashSet<(string, string)>();
        foreach (string api in apis)
        {
            int separator = api.IndexOf("::", StringComparison.Ordinal);
            set.Add((api.Substring(0, separator), api.Substring(separator + 2)));
        }

        return set;
    }
}
