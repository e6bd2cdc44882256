namespace InitOrder.Analysis.Reflection;

/// <summary>
/// What makes a call reflective, as data: the Explanation layer words it (Explanation/ReflectionWording). The site's
/// <see cref="ReflectionSite.Members"/>, <see cref="ReflectionSite.Subject"/> and <see cref="ReflectionSite.Lookup"/>
/// carry what the words need.
/// </summary>
internal enum ReflectionReason : byte
{
    /// <summary>[RequiresUnreferencedCode] on the method: reflection no annotation bounds.</summary>
    RequiresUnreferencedCode,
    /// <summary>[RequiresUnreferencedCode] on the type of a static field it reads or writes.</summary>
    RequiresUnreferencedCodeOnType,
    /// <summary>[DynamicallyAccessedMembers] on a generic parameter bound to a known type.</summary>
    AnnotatedTypeParameter,
    /// <summary>[DynamicallyAccessedMembers] on a generic parameter bound to a type parameter of <see cref="ReflectionSite.Subject"/> that carries none.</summary>
    UnannotatedTypeParameter,
    /// <summary>[DynamicallyAccessedMembers] on a System.Type whose values this method names.</summary>
    AnnotatedTypeValue,
    /// <summary>[DynamicallyAccessedMembers] on a System.Type whose origin this method does not show.</summary>
    TypeValueOfUnknownOrigin,
    /// <summary>A lookup with a constant name and BindingFlags on a known type (<see cref="ReflectionSite.Lookup"/>).</summary>
    ConstantName,
    /// <summary>The handle of one method or field (<c>ldtoken</c>): MethodBase.GetMethodFromHandle, expression trees.</summary>
    MemberHandle,
    /// <summary>Type.GetType or Assembly.GetType with a name known only at run time.</summary>
    TypeLookupByRuntimeName,
    /// <summary>Assembly.Load, Assembly.GetTypes and their kin.</summary>
    TypesByRuntimeName,
    /// <summary>Invoke, GetValue, SetValue and their kin on a member chosen at run time.</summary>
    RunsMembersChosenAtRunTime,
    /// <summary>GetCustomAttribute(s) and TypeDescriptor.GetAttributes: constructs attributes (of type <see cref="ReflectionSite.Subject"/>, when known).</summary>
    AttributeLookup,
    /// <summary>GetCustomAttributesData and its kin: reads the arguments of the attributes applied to what it inspects, constructing none.</summary>
    AttributeArgumentsRead,
    /// <summary>A <c>typeof</c> argument of an attribute applied to <see cref="ReflectionSite.Subject"/>, passed where [DynamicallyAccessedMembers] is.</summary>
    AnnotatedAttributeArgument,
}
