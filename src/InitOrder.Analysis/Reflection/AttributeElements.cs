using System;
using System.Reflection.Metadata;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// Which kinds of metadata element an attribute lookup can read, from the API alone: <c>ParameterInfo.GetCustomAttributes</c>
/// and <c>Attribute.GetCustomAttribute(ParameterInfo, …)</c> read a parameter's, <c>Assembly.GetCustomAttributes</c> an
/// assembly's, <c>MemberInfo.GetCustomAttributes</c> a type's or member's. A lookup on an element this method does not
/// show constructs only the applications on elements of those kinds (the CustomAttribute table's Parent column says
/// which each is on); an API that takes any provider (<c>ICustomAttributeProvider</c>, TypeDescriptor) reads every kind.
/// </summary>
internal static class AttributeElements
{
    private const AttributeTargets Types = AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum |
        AttributeTargets.Interface | AttributeTargets.Delegate | AttributeTargets.GenericParameter;

    private const AttributeTargets Members = Types | AttributeTargets.Constructor | AttributeTargets.Method |
        AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Event;

    private const AttributeTargets Parameters = AttributeTargets.Parameter | AttributeTargets.ReturnValue;

    /// <summary>The kind of element an application's Parent is; every kind for a row no reflection API reads attributes of.</summary>
    public static AttributeTargets Of(HandleKind parent) => parent switch
    {
        HandleKind.TypeDefinition => Types,
        HandleKind.MethodDefinition => AttributeTargets.Method | AttributeTargets.Constructor,
        HandleKind.FieldDefinition => AttributeTargets.Field,
        HandleKind.PropertyDefinition => AttributeTargets.Property,
        HandleKind.EventDefinition => AttributeTargets.Event,
        HandleKind.Parameter => Parameters,
        HandleKind.GenericParameter => AttributeTargets.GenericParameter,
        HandleKind.AssemblyDefinition => AttributeTargets.Assembly,
        HandleKind.ModuleDefinition => AttributeTargets.Module,
        _ => AttributeTargets.All,
    };

    /// <summary>The element kinds the lookup <paramref name="token"/> (an attribute lookup of <see cref="ReflectionApis"/>) reads.</summary>
    public static AttributeTargets ReadBy(MemberToken token)
    {
        string owner = token.Owner?.Definition?.FullName ?? "";
        if (owner == "System.Attribute" || owner == "System.Reflection.CustomAttributeExtensions")
        {
            // Static helpers: the element is their first parameter.
            string text = token.SignatureText;
            int open = text.IndexOf('(');
            int end = open < 0 ? -1 : text.IndexOfAny(new[] { ',', ')' }, open);
            return end < 0 ? AttributeTargets.All : OfElementType(text.Substring(open + 1, end - open - 1));
        }

        return OfElementType(owner);
    }

    /// <summary>The kinds an element of this reflection type is: all of them for a type that is none of these.</summary>
    private static AttributeTargets OfElementType(string typeName) => typeName.Trim() switch
    {
        "System.Reflection.ParameterInfo" => Parameters,
        "System.Reflection.Assembly" => AttributeTargets.Assembly,
        "System.Reflection.Module" => AttributeTargets.Module,
        "System.Type" or "System.Reflection.TypeInfo" => Types,
        "System.Reflection.MemberInfo" => Members,
        "System.Reflection.MethodInfo" or "System.Reflection.MethodBase" => AttributeTargets.Method | AttributeTargets.Constructor,
        "System.Reflection.ConstructorInfo" => AttributeTargets.Constructor,
        "System.Reflection.FieldInfo" => AttributeTargets.Field,
        "System.Reflection.PropertyInfo" => AttributeTargets.Property,
        "System.Reflection.EventInfo" => AttributeTargets.Event,
        _ => AttributeTargets.All,
    };
}
