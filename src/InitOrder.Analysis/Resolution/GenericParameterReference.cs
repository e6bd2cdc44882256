using System;
using System.Reflection.Metadata;

namespace InitOrder.Analysis.Resolution;

/// <summary>
/// A generic parameter as a decoded type names it: <c>!!n</c>, the n-th of the method, or <c>!n</c>, the n-th of its
/// declaring type. Annotations, constraints and delegate hand-offs all ask which parameter such a type is.
/// </summary>
internal readonly record struct GenericParameterReference(bool OfMethod, int Index)
{
    /// <summary>The reference a type's text spells; null for any other type.</summary>
    public static GenericParameterReference? Parse(string text)
    {
        bool ofMethod = text.StartsWith("!!", StringComparison.Ordinal);
        return text.StartsWith("!", StringComparison.Ordinal) && int.TryParse(text.Substring(ofMethod ? 2 : 1), out int index) && index >= 0
            ? new GenericParameterReference(ofMethod, index)
            : null;
    }

    /// <summary>The parameter's row, read from <paramref name="method"/> or its declaring type; null when there is no such parameter.</summary>
    public GenericParameterHandle? In(ResolvedMethod method)
    {
        var parameters = OfMethod
            ? method.DeclaringType.Assembly.Reader.GetMethodDefinition(method.Handle).GetGenericParameters()
            : method.DeclaringType.Definition.GetGenericParameters();
        return Index < parameters.Count ? parameters[Index] : null;
    }
}
