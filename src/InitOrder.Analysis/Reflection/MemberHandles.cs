using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// <c>ldtoken</c> of a method or field is a lookup: <c>MethodBase.GetMethodFromHandle</c>, <c>FieldInfo.GetFieldFromHandle</c>
/// and every C# expression tree (<c>Expression.Call(…, GetMethodFromHandle(ldtoken M))</c>) turn it into a member that
/// Invoke, GetValue or a compiled expression can run. Invoking a member reaches nothing by itself (the lookup that found
/// it decides, <see cref="ReflectionApis.RunsReflectedMember"/>), so the handle reaches its member here, as ILLink marks
/// the member an <c>ldtoken</c> names.
/// </summary>
internal static class MemberHandles
{
    private const int EveryMember = ReflectionIntrinsics.DeclaredOnly | ReflectionIntrinsics.Instance | ReflectionIntrinsics.Static |
                                    ReflectionIntrinsics.Public | ReflectionIntrinsics.NonPublic;

    private const AccessedMembers Methods = AccessedMembers.PublicMethods | AccessedMembers.NonPublicMethods;
    private const AccessedMembers Constructors = AccessedMembers.PublicConstructors | AccessedMembers.NonPublicConstructors;
    private const AccessedMembers Fields = AccessedMembers.PublicFields | AccessedMembers.NonPublicFields;

    /// <summary>The member the handle names, reached from <paramref name="offset"/>; null when it has no code to run.</summary>
    public static ReflectionSite? Site(FactStore store, MethodNode method, int offset, MemberToken token)
    {
        var type = token.IsMethod
            ? store.Context.Members.ResolveMethod(method.Assembly, token)?.DeclaringType
            : store.Context.Members.ResolveFieldDeclaringType(method.Assembly, token);
        if (type is not { HasCode: true } || token.Name == ".cctor")
        {
            return null;
        }

        // A field's handle runs nothing but the static constructor of its type, which every lookup on the type reaches.
        var members = !token.IsMethod ? Fields : token.Name == ".ctor" ? Constructors : Methods;
        var lookup = new MemberLookup(type, token.Name, EveryMember, null, members);
        return new ReflectionSite(offset, "ldtoken " + ReflectionText.Api(token), ReflectionKind.Annotated, new[] { type }, members, ReflectionReason.MemberHandle, Lookup: lookup);
    }
}
