using System;
using System.Collections.Generic;

namespace InitOrder.Analysis.Graph;

/// <summary>
/// Framework APIs that reach code by reflection with nothing in their metadata to bound what they reach, and the
/// rule each one gets (see <see cref="ReflectionKind"/>). APIs the trimmer's annotations already describe
/// (Activator.CreateInstance(Type), Type.GetMethod, DI registrations) are not listed: their annotations are read.
/// </summary>
internal static class ReflectionApis
{
    // Construct, invoke, get or set a member chosen at run time, of a type the code already holds.
    private static readonly HashSet<(string Owner, string Method)> s_invoking = Split(new[]
    {
        "System.Reflection.ConstructorInfo::Invoke",
        "System.Reflection.MethodBase::Invoke",
        "System.Reflection.MethodInfo::Invoke",
        "System.Reflection.MethodInfo::CreateDelegate",
        "System.Reflection.PropertyInfo::GetValue",
        "System.Reflection.PropertyInfo::SetValue",
        "System.Reflection.FieldInfo::GetValue",
        "System.Reflection.FieldInfo::SetValue",
        "System.Reflection.EventInfo::AddEventHandler",
        "System.Reflection.ConstructorInvoker::Invoke",
        "System.Reflection.MethodInvoker::Invoke",
        "System.Delegate::DynamicInvoke",
        "System.Delegate::CreateDelegate",
        "System.Type::InvokeMember",
        "System.Linq.Expressions.LambdaExpression::Compile",
        "System.Linq.Expressions.Expression`1::Compile",
        "System.Reflection.Emit.DynamicMethod::.ctor",
        "System.Runtime.CompilerServices.RuntimeHelpers::GetUninitializedObject",
        "System.Runtime.Serialization.FormatterServices::GetUninitializedObject",
        "System.Runtime.Serialization.FormatterServices::GetSafeUninitializedObject",
        "System.Attribute::GetCustomAttribute",
        "System.Attribute::GetCustomAttributes",
        "System.Reflection.CustomAttributeExtensions::GetCustomAttribute",
        "System.Reflection.CustomAttributeExtensions::GetCustomAttributes",
        "System.Reflection.MemberInfo::GetCustomAttributes",
    });

    // Find a type or an assembly by a name known only at run time: any type may come back.
    private static readonly HashSet<(string Owner, string Method)> s_anyType = Split(new[]
    {
        "System.Type::GetType",
        "System.Type::GetTypeFromProgID",
        "System.Reflection.Assembly::GetType",
        "System.Reflection.Assembly::GetTypes",
        "System.Reflection.Assembly::GetExportedTypes",
        "System.Reflection.Assembly::get_DefinedTypes",
        "System.Reflection.Assembly::get_ExportedTypes",
        "System.Reflection.Assembly::GetForwardedTypes",
        "System.Reflection.Assembly::CreateInstance",
        "System.Reflection.Assembly::Load",
        "System.Reflection.Assembly::LoadFile",
        "System.Reflection.Assembly::LoadFrom",
        "System.Reflection.Assembly::UnsafeLoadFrom",
        "System.Reflection.Assembly::LoadWithPartialName",
        "System.Reflection.Module::GetType",
        "System.Reflection.Module::GetTypes",
        "System.Reflection.Module::FindTypes",
        "System.AppDomain::Load",
        "System.AppDomain::CreateInstance",
        "System.AppDomain::CreateInstanceAndUnwrap",
        "System.AppDomain::CreateInstanceFrom",
        "System.AppDomain::CreateInstanceFromAndUnwrap",
        "System.AppDomain::ExecuteAssembly",
        "System.Activator::CreateInstance",
        "System.Activator::CreateInstanceFrom",
        "System.Runtime.Loader.AssemblyLoadContext::LoadFromAssemblyName",
        "System.Runtime.Loader.AssemblyLoadContext::LoadFromAssemblyPath",
        "System.Runtime.Loader.AssemblyLoadContext::LoadFromStream",
        "System.Runtime.Loader.AssemblyLoadContext::LoadFromNativeImagePath",
    });

    /// <summary>The rule for a call to <paramref name="ownerFullName"/>::<paramref name="methodName"/>, or null when it is no reflection.</summary>
    // Asked for every call a scan follows: a pair as key, so no string is built per call.
    public static ReflectionKind? Classify(string ownerFullName, string methodName)
    {
        if (!ownerFullName.StartsWith("System.", StringComparison.Ordinal))
        {
            return null;
        }

        var key = (ownerFullName, methodName);
        return s_invoking.Contains(key) ? ReflectionKind.LiveAndMentionedTypes : s_anyType.Contains(key) ? ReflectionKind.AnyType : null;
    }

    /// <summary>Type.GetType("Name") and Assembly.GetType("Name"): with a constant name the type is known, as the trimmer resolves it.</summary>
    public static bool IsTypeLookupByName(string ownerFullName, string methodName) =>
        methodName == "GetType" && (ownerFullName == "System.Type" || ownerFullName == "System.Reflection.Assembly");

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
