using InitOrder.Analysis.Reflection;

namespace InitOrder.Analysis.Explanation;

/// <summary>How a reflective call and the rule that bounds it read in chains and reports: the one place they become words.</summary>
internal static class ReflectionWording
{
    /// <summary>The report's rule name (README: "What the verifier counts as runs before").</summary>
    public static string RuleName(ReflectionSite call) => call.Kind switch
    {
        ReflectionKind.Annotated when call.Reason == ReflectionReason.ConstantName => "constant-name",
        ReflectionKind.Annotated when call.Reason == ReflectionReason.MemberHandle => "member-handle",
        ReflectionKind.Annotated => "annotated",
        ReflectionKind.LiveAndMentionedTypes => "live-and-mentioned-types",
        ReflectionKind.HandedTypes => "handed-types",
        ReflectionKind.Attributes => "attributes",
        ReflectionKind.AttributesOfAnyElement => "attributes-of-live-and-mentioned-types",
        _ => "any-type",
    };

    /// <summary>What makes the call reflective.</summary>
    public static string Why(ReflectionSite call) => call.Members == AccessedMembers.ObjectWithoutConstructor
        ? "makes an object of the type it is given without running a constructor: the type's static constructor runs"
        : Because(call);

    private static string Because(ReflectionSite call) => call.Reason switch
    {
        ReflectionReason.RequiresUnreferencedCode => "[RequiresUnreferencedCode]: it uses reflection no annotation bounds",
        ReflectionReason.RequiresUnreferencedCodeOnType => "[RequiresUnreferencedCode] on its type: it uses reflection no annotation bounds",
        ReflectionReason.AnnotatedTypeParameter => "[DynamicallyAccessedMembers(" + Members(call.Members) + ")] on a type parameter",
        ReflectionReason.UnannotatedTypeParameter => "a type parameter of '" + call.Subject + "' reaches [DynamicallyAccessedMembers(" + Members(call.Members) + ")]" +
            (call.Constraints is { } constraints ? ", for the types its constraints allow (" + constraints + ")" : ""),
        ReflectionReason.AnnotatedTypeValue => "[DynamicallyAccessedMembers(" + Members(call.Members) + ")] on a System.Type it is given",
        ReflectionReason.TypeValueOfUnknownOrigin => "a System.Type whose origin this method does not show reaches [DynamicallyAccessedMembers(" + Members(call.Members) + ")]",
        ReflectionReason.ConstantName => ConstantName(call.Lookup),
        ReflectionReason.MemberHandle => "loads the handle of '" + call.Lookup?.Name + "' (a MethodInfo or FieldInfo for GetMethodFromHandle or an expression tree); only that member counts",
        ReflectionReason.TypeLookupByRuntimeName => "looks a type up by a name known only at run time",
        ReflectionReason.TypesByRuntimeName => "finds types or assemblies by a name known only at run time",
        ReflectionReason.AttributeLookup => "constructs the attributes" + (call.Subject is { } type ? " of type " + type : "") + " applied to what it inspects",
        ReflectionReason.AttributeArgumentsRead => "reads the arguments of the attributes applied to what it inspects (constructing none)",
        ReflectionReason.AnnotatedAttributeArgument => "[DynamicallyAccessedMembers(" + Members(call.Members) + ")] on an attribute argument, applied to " + call.Subject,
        _ => "runs members (" + Members(call.Members) + ") chosen at run time",
    };

    /// <summary>The rule as a chain's note says it.</summary>
    public static string Rule(ReflectionSite call) => call.Kind switch
    {
        ReflectionKind.Annotated => Why(call),
        ReflectionKind.LiveAndMentionedTypes => Why(call) + "; so those members of every live or mentioned type count",
        ReflectionKind.HandedTypes => Why(call) + "; so every member of what it is handed counts, and of what their members name",
        ReflectionKind.Attributes => Why(call),
        ReflectionKind.AttributesOfAnyElement => Why(call) + "; what it inspects is not known here, so those applied to every live or mentioned type and its members count",
        _ => Why(call) + "; so every analysed type counts as mentioned",
    };

    /// <summary><c>PublicConstructors | PublicProperties</c>, or <c>All</c>.</summary>
    public static string Members(AccessedMembers members) => members == AccessedMembers.All ? "All" : members.ToString().Replace(", ", " | ");

    private static string ConstantName(MemberLookup? lookup) => lookup switch
    {
        { Name: { } name } => "finds '" + name + "' by a constant name and BindingFlags " + lookup.BindingFlags + "; only members of that name count",
        { ParameterCount: { } count } => "finds the constructors with " + count + " parameter(s) by constant arguments; only those count",
        _ => "finds members by constant arguments",
    };
}
