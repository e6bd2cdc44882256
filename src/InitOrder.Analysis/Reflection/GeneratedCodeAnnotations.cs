using System;
using System.Collections.Generic;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// The [DynamicallyAccessedMembers] that code the compiler generates from a lambda or local function carries, taken
/// from the user method it was written in (<see cref="CompilerGeneratedCode"/>), as ILLink applies them:
/// <list type="bullet">
/// <item>a closure class's generic parameters are the enclosing type's, then the method's (ILLink's
/// <c>GetGeneratedTypeAttributes</c>); the places that bind them are the user method's, which binds its own;</item>
/// <item>a display-class field holding a captured parameter carries the parameter's annotation (ILLink follows the values of
/// such hoisted locals across the method and its lambdas). Every store into it is checked like a store into any annotated
/// field, so the parameter's own value passes and anything else gets its rule where it is stored.</item>
/// </list>
/// Either is only a contract checked at the other end: a wrong guess at the owner costs precision, never a miss.
/// </summary>
internal static class GeneratedCodeAnnotations
{
    /// <summary>What a compiler-generated type's generic parameters inherit; empty when nothing does.</summary>
    public static IReadOnlyList<AccessedMembers> TypeParameters(AnnotationReader annotations, ResolvedType generated)
    {
        int count = generated.Definition.GetGenericParameters().Count;
        if (count == 0 || CompilerGeneratedCode.OwnerOf(generated) is not { } owner)
        {
            return Array.Empty<AccessedMembers>();
        }

        var reader = generated.Assembly.Reader;
        var inherited = new AccessedMembers[count];
        var outer = AnnotationReader.GenericParameterAnnotations(generated.Assembly, owner.UserType.Definition.GetGenericParameters());
        int outerCount = owner.UserType.Definition.GetGenericParameters().Count;
        for (int i = 0; i < outer.Count && i < count; i++)
        {
            inherited[i] = outer[i];
        }

        // The method's own parameters follow; an overload of another arity cannot be the owner, one of the same arity
        // might be, so only what every such overload says is inherited.
        bool first = true;
        foreach (var handle in CompilerGeneratedCode.Candidates(owner))
        {
            if (reader.GetMethodDefinition(handle).GetGenericParameters().Count != count - outerCount)
            {
                continue;
            }

            var own = annotations.Of(new ResolvedMethod(owner.UserType, handle)).MethodGenericParameters;
            for (int i = outerCount; i < count; i++)
            {
                var members = i - outerCount < own.Count ? own[i - outerCount] : AccessedMembers.None;
                inherited[i] = first ? members : inherited[i] & members;
            }

            first = false;
        }

        if (first)
        {
            Array.Clear(inherited, outerCount, count - outerCount);
        }

        return Array.Exists(inherited, members => members != AccessedMembers.None) ? inherited : Array.Empty<AccessedMembers>();
    }

    /// <summary>
    /// A display-class field named after a parameter of the method the lambda was written in: that parameter's annotation
    /// (what every overload with a parameter of that name agrees on). None for locals, <c>&lt;&gt;4__this</c> and anything else.
    /// </summary>
    public static AccessedMembers CapturedParameter(AnnotationReader annotations, ResolvedType displayClass, string field)
    {
        var assembly = displayClass.Assembly;
        var reader = assembly.Reader;
        if (!reader.StringComparer.StartsWith(displayClass.Definition.Name, "<>c__DisplayClass") || field.StartsWith("<", StringComparison.Ordinal) ||
            field.IndexOf('$') >= 0 || CompilerGeneratedCode.OwnerOf(displayClass) is not { } owner)
        {
            return AccessedMembers.None;
        }

        AccessedMembers? agreed = null;
        foreach (var handle in CompilerGeneratedCode.Candidates(owner))
        {
            foreach (var parameterHandle in reader.GetMethodDefinition(handle).GetParameters())
            {
                var parameter = reader.GetParameter(parameterHandle);
                if (parameter.SequenceNumber > 0 && reader.StringComparer.Equals(parameter.Name, field))
                {
                    var members = annotations.Of(new ResolvedMethod(owner.UserType, handle)).Parameter(parameter.SequenceNumber - 1);
                    agreed = agreed is { } before ? before & members : members;
                }
            }
        }

        return agreed ?? AccessedMembers.None;
    }
}
