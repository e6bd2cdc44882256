using System;
using System.Collections.Generic;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// Framework APIs that reach code by reflection with nothing in their metadata to bound what they reach, and the
/// rule each one gets (see <see cref="ReflectionKind"/>). APIs the trimmer's annotations already describe
/// (Activator.CreateInstance(Type), Type.GetMethod, DI registrations) are not listed: their annotations are read.
/// </summary>
internal static class ReflectionApis
{
    // Construct or run a member found at run time with nothing before to find it, of a type the code already holds: which
    // kinds of member each can run, so the conservative rule opens only those. Invoke, GetValue and their kin are not
    // here: they run a member some lookup found, and the lookup reached it (see RunsReflectedMember).
    private static readonly Dictionary<(string Owner, string Method), AccessedMembers> s_invoking = Split(new[]
    {
        ("System.Runtime.CompilerServices.RuntimeHelpers::GetUninitializedObject", AccessedMembers.ObjectWithoutConstructor),
        ("System.Runtime.Serialization.FormatterServices::GetUninitializedObject", AccessedMembers.ObjectWithoutConstructor),
        ("System.Runtime.Serialization.FormatterServices::GetSafeUninitializedObject", AccessedMembers.ObjectWithoutConstructor),
        ("System.Delegate::CreateDelegate", AccessedMembers.All),
        ("System.Type::InvokeMember", AccessedMembers.All),
        ("System.Reflection.Module::ResolveMethod", AccessedMembers.All),
        ("System.Reflection.Module::ResolveMember", AccessedMembers.All),
        ("System.Reflection.Module::ResolveField", AccessedMembers.All),
        ("System.Reflection.Assembly::get_EntryPoint", AccessedMembers.All),
    });

    // Module.ResolveMethod and Assembly.EntryPoint: a member of any type, not only of live or mentioned ones.
    private static readonly HashSet<(string Owner, string Method)> s_anyMember = new(new[]
    {
        ("System.Reflection.Module", "ResolveMethod"), ("System.Reflection.Module", "ResolveMember"), ("System.Reflection.Module", "ResolveField"),
        ("System.Reflection.Assembly", "get_EntryPoint"),
    });

    // Expression factories that look up user-defined operators (op_Addition, op_Implicit...) on their operands' types by
    // reflection of their own: the operators of every live or mentioned type may run once the expression is compiled.
    // Only those: System.Linq.Expressions finds them by their special names among a type's static methods (its
    // GetUserDefinedCoercionMethod, GetUserDefinedBinaryOperator and GetBooleanOperator), and ILLink keeps exactly these.
    private static readonly HashSet<string> s_operatorFactories = new(StringComparer.Ordinal)
    {
        "Add", "AddChecked", "Subtract", "SubtractChecked", "Multiply", "MultiplyChecked", "Divide", "Modulo", "Power", "And", "Or", "ExclusiveOr",
        "AndAlso", "OrElse", "LeftShift", "RightShift", "Equal", "NotEqual", "LessThan", "LessThanOrEqual", "GreaterThan", "GreaterThanOrEqual",
        "Negate", "NegateChecked", "UnaryPlus", "Not", "OnesComplement", "IsTrue", "IsFalse", "Increment", "Decrement", "PreIncrementAssign",
        "PreDecrementAssign", "PostIncrementAssign", "PostDecrementAssign", "Convert", "ConvertChecked", "MakeBinary", "MakeUnary",
        "AddAssign", "AddAssignChecked", "SubtractAssign", "SubtractAssignChecked", "MultiplyAssign", "MultiplyAssignChecked", "DivideAssign",
        "ModuloAssign", "PowerAssign", "AndAssign", "OrAssign", "ExclusiveOrAssign", "LeftShiftAssign", "RightShiftAssign",
    };

    // Find a type by a name known only at run time, or every type of an assembly: any type may come back. Loading an
    // assembly is not listed: it makes an Assembly object (its module initializer waits for first use), and the types
    // come out of it only through the calls listed here.
    private static readonly HashSet<(string Owner, string Method)> s_anyType = SplitAll(new[]
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
        "System.Reflection.Module::GetType",
        "System.Reflection.Module::GetTypes",
        "System.Reflection.Module::FindTypes",
        "System.Reflection.Module::ResolveType",
        "System.AppDomain::CreateInstance",
        "System.AppDomain::CreateInstanceAndUnwrap",
        "System.AppDomain::CreateInstanceFrom",
        "System.AppDomain::CreateInstanceFromAndUnwrap",
        "System.AppDomain::ExecuteAssembly",
        "System.Activator::CreateInstance",
        "System.Activator::CreateInstanceFrom",
    });

    // Calls that run a member a System.Reflection object stands for: bounded when every such object in the method comes
    // from Type.GetMethod and friends on a type the method names (see ReflectionScan).
    private static readonly HashSet<(string Owner, string Method)> s_memberBased = new(new[]
    {
        ("System.Reflection.ConstructorInfo", "Invoke"), ("System.Reflection.ConstructorInvoker", "Invoke"),
        ("System.Reflection.MethodBase", "Invoke"), ("System.Reflection.MethodInfo", "Invoke"), ("System.Reflection.MethodInvoker", "Invoke"),
        ("System.Reflection.MethodInfo", "CreateDelegate"), ("System.Reflection.PropertyInfo", "GetValue"), ("System.Reflection.PropertyInfo", "SetValue"),
        ("System.Reflection.FieldInfo", "GetValue"), ("System.Reflection.FieldInfo", "SetValue"), ("System.Reflection.EventInfo", "AddEventHandler"),
    });

    private const AccessedMembers Constructors = AccessedMembers.PublicConstructors | AccessedMembers.NonPublicConstructors;

    /// <summary>
    /// The rule for a call to <paramref name="ownerFullName"/>::<paramref name="methodName"/>, with the kinds of member it
    /// can run; null when it is no reflection.
    /// </summary>
    // Asked for every call a scan follows: a pair as key, so no string is built per call.
    public static (ReflectionKind Kind, AccessedMembers Members)? Classify(string ownerFullName, string methodName)
    {
        if (!ownerFullName.StartsWith("System.", StringComparison.Ordinal))
        {
            return null;
        }

        var key = (ownerFullName, methodName);
        if (s_invoking.TryGetValue(key, out var members))
        {
            return (ReflectionKind.LiveAndMentionedTypes, members);
        }

        if (ownerFullName == ExpressionType && s_operatorFactories.Contains(methodName))
        {
            return (ReflectionKind.LiveAndMentionedTypes, AccessedMembers.UserDefinedOperators);
        }

        return s_anyType.Contains(key) ? (ReflectionKind.AnyType, AccessedMembers.None) : null;
    }

    // Marked [RequiresUnreferencedCode] or [RequiresDynamicCode] (or not), but they only make metadata objects: nothing runs.
    // StackFrame.GetMethod and Exception.TargetSite return a method that is running or ran (their attribute is about trimmed
    // metadata), so whatever invokes it later runs a method already reached.
    private static readonly HashSet<(string Owner, string Method)> s_runNothingByReflection = new(new[]
    {
        ("System.Type", "MakeGenericType"), ("System.Type", "MakeArrayType"), ("System.Type", "MakeByRefType"), ("System.Type", "MakePointerType"),
        ("System.Reflection.MethodInfo", "MakeGenericMethod"), ("System.Enum", "GetValues"), ("System.Enum", "GetValuesAsUnderlyingType"),
        ("System.Array", "CreateInstance"), ("System.Array", "CreateInstanceFromArrayType"),
        ("System.Reflection.Assembly", "Load"), ("System.Reflection.Assembly", "LoadFile"), ("System.Reflection.Assembly", "LoadFrom"),
        ("System.Reflection.Assembly", "UnsafeLoadFrom"), ("System.Reflection.Assembly", "LoadWithPartialName"), ("System.AppDomain", "Load"),
        ("System.Runtime.Loader.AssemblyLoadContext", "LoadFromAssemblyName"), ("System.Runtime.Loader.AssemblyLoadContext", "LoadFromAssemblyPath"),
        ("System.Runtime.Loader.AssemblyLoadContext", "LoadFromStream"), ("System.Runtime.Loader.AssemblyLoadContext", "LoadFromNativeImagePath"),
        ("System.Diagnostics.StackFrame", "GetMethod"), ("System.Exception", "get_TargetSite"),
    });

    /// <summary>
    /// GetUninitializedObject: its annotation keeps the type's constructors for the trimmer, but it runs none of them
    /// (its documentation: "without running constructors"). The object exists, so the type is live.
    /// </summary>
    public static bool MakesObjectWithoutConstructor(string ownerFullName, string methodName) =>
        s_invoking.TryGetValue((ownerFullName, methodName), out var members) && members == AccessedMembers.ObjectWithoutConstructor;

    /// <summary>
    /// Activator.CreateInstance (every overload, so <c>new T()</c> too) and GetUninitializedObject: they return the
    /// object they make to their caller, which then holds it; framework code keeps no reference and calls nothing on it.
    /// ConstructorInfo.Invoke is not listed: the lookup that finds a constructor does not know who will run it (emitted
    /// IL, an expression handed on).
    /// </summary>
    public static bool ReturnsWhatItConstructs(string ownerFullName, string methodName) =>
        (ownerFullName == "System.Activator" && methodName is "CreateInstance" or "CreateInstanceFrom") ||
        (methodName == "GetUninitializedObject" &&
         ownerFullName is "System.Runtime.CompilerServices.RuntimeHelpers" or "System.Runtime.Serialization.FormatterServices");

    /// <summary>
    /// GetCustomAttribute(s) and TypeDescriptor.GetAttributes: construct the attributes applied to what they inspect.
    /// IsDefined and GetCustomAttributesData construct nothing, so they are not listed.
    /// </summary>
    public static bool IsAttributeLookup(string ownerFullName, string methodName) =>
        ((methodName == "GetCustomAttribute" || methodName == "GetCustomAttributes") &&
         (ownerFullName == "System.Attribute" || ownerFullName == "System.Reflection.CustomAttributeExtensions" || ownerFullName == "System.Reflection.MemberInfo" ||
          ownerFullName == "System.Reflection.Assembly" || ownerFullName == "System.Reflection.Module" || ownerFullName == "System.Type" ||
          ownerFullName == "System.Reflection.ParameterInfo" || ownerFullName == "System.Reflection.ICustomAttributeProvider")) ||
        (methodName == "GetAttributes" && ownerFullName == "System.ComponentModel.TypeDescriptor");

    /// <summary>
    /// GetCustomAttributesData, the CustomAttributes properties and CustomAttributeData.GetCustomAttributes: they construct
    /// nothing, but hand out the arguments of the attributes applied to what they inspect, so a <c>typeof</c> argument
    /// can reach code from there (<see cref="AttributeRule"/>). System.Reflection.Metadata's decoder reads any assembly's.
    /// </summary>
    public static bool IsAttributeDataLookup(string ownerFullName, string methodName) =>
        (methodName is "GetCustomAttributesData" or "get_CustomAttributes" &&
         ownerFullName is "System.Reflection.MemberInfo" or "System.Type" or "System.Reflection.TypeInfo" or "System.Reflection.Assembly" or
             "System.Reflection.Module" or "System.Reflection.ParameterInfo") ||
        (methodName == "GetCustomAttributes" && ownerFullName == "System.Reflection.CustomAttributeData");

    /// <summary>System.Reflection.Metadata's CustomAttribute.DecodeValue: the arguments of an attribute of any assembly on disk.</summary>
    public static bool DecodesAttributeArguments(string ownerFullName, string methodName) =>
        methodName == "DecodeValue" && ownerFullName == "System.Reflection.Metadata.CustomAttribute";

    /// <summary>
    /// The reflection primitives (System.Type, System.Reflection, Activator, RuntimeHelpers, expression trees, Delegate):
    /// they find members, run them or make objects, but construct no attribute except through the lookups of
    /// <see cref="IsAttributeLookup"/>, which are calls of their own. What they hand back is read by code the analysis
    /// sees, so reflection through them reads no attributes of the types it is handed (<see cref="ReflectionSite.ReadsAttributes"/>).
    /// A serializer, validator or TypeDescriptor handed a type, whose body may be out of sight, still does.
    /// </summary>
    public static bool ReadsNoAttributes(string ownerFullName) =>
        ownerFullName is ReflectionSignatures.SystemType or "System.Activator" or "System.Runtime.CompilerServices.RuntimeHelpers" or
            "System.Linq.Expressions.Expression" or "System.Delegate" ||
        ownerFullName.StartsWith("System.Reflection.", StringComparison.Ordinal);

    /// <summary>RuntimeHelpers.RunClassConstructor: runs the static constructor of the type whose handle it is given.</summary>
    public static bool RunsStaticConstructor(string ownerFullName, string methodName) =>
        ownerFullName == "System.Runtime.CompilerServices.RuntimeHelpers" && methodName == "RunClassConstructor";

    public static bool RunsNothingByReflection(string ownerFullName, string methodName) => s_runNothingByReflection.Contains((ownerFullName, methodName));

    /// <summary>
    /// Whether the call runs the member a reflection object (MethodInfo, PropertyInfo...) stands for. It reaches nothing
    /// of its own: every such object comes from a lookup, and the lookup reached its members (GetMethod and its kin through
    /// their annotations or constant names, ldtoken through <see cref="MemberHandles"/>, Module.ResolveMethod through the
    /// conservative rule); one from a delegate (<c>Delegate.Method</c>) counts as invoking that delegate.
    /// </summary>
    public static bool RunsReflectedMember(string ownerFullName, string methodName) => s_memberBased.Contains((ownerFullName, methodName));

    /// <summary><c>Delegate.CreateDelegate(Type, MethodInfo)</c> and its kin: a delegate for a member a lookup found.</summary>
    public static bool CreatesDelegateFromMember(string ownerFullName, MemberToken token) =>
        ownerFullName == "System.Delegate" && token.Name == "CreateDelegate" && token.SignatureText.Contains("System.Reflection.MethodInfo");

    /// <summary><c>Delegate.CreateDelegate(Type, object, string…)</c>: an instance method found by name on the target object.</summary>
    public static bool CreatesDelegateByName(string ownerFullName, MemberToken token) =>
        ownerFullName == "System.Delegate" && token.Name == "CreateDelegate" && token.SignatureText.Contains("System.Type,System.Object,System.String");

    /// <summary>Module.ResolveMethod and Assembly.EntryPoint: any member of any analysed type may come back.</summary>
    public static bool FindsAnyMember(string ownerFullName, string methodName) => s_anyMember.Contains((ownerFullName, methodName));

    private const string ExpressionType = "System.Linq.Expressions.Expression";

    /// <summary>Type.GetType("Name") and Assembly.GetType("Name"): with a constant name the type is known, as the trimmer resolves it.</summary>
    public static bool IsTypeLookupByName(string ownerFullName, string methodName) =>
        methodName == "GetType" && (ownerFullName == "System.Type" || ownerFullName == "System.Reflection.Assembly");

    private static Dictionary<(string, string), AccessedMembers> Split((string Api, AccessedMembers Members)[] apis)
    {
        var map = new Dictionary<(string, string), AccessedMembers>();
        foreach (var (api, members) in apis)
        {
            map.Add(OwnerAndMethod(api), members);
        }

        return map;
    }

    private static HashSet<(string, string)> SplitAll(string[] apis)
    {
        var set = new HashSet<(string, string)>();
        foreach (string api in apis)
        {
            set.Add(OwnerAndMethod(api));
        }

        return set;
    }

    private static (string Owner, string Method) OwnerAndMethod(string api)
    {
        int separator = api.IndexOf("::", StringComparison.Ordinal);
        return (api.Substring(0, separator), api.Substring(separator + 2));
    }
}
