using System.Reflection.Metadata;

namespace InitOrder.Analysis.Metadata;

/// <summary>
/// The decoded types that name nothing and are the same in every signature: primitives and generic parameters
/// (the common indexes). Shared, because signatures repeat them in nearly every method.
/// </summary>
internal static class PrimitiveTypes
{
    private const int SharedParameters = 16;

    // PrimitiveTypeCode values are ECMA-335 element types, all below 0x20.
    private static readonly DecodedType?[] s_primitives = new DecodedType?[0x20];
    private static readonly DecodedType[] s_typeParameters = Parameters("!");
    private static readonly DecodedType[] s_methodParameters = Parameters("!!");

    public static DecodedType Get(PrimitiveTypeCode code)
    {
        int index = (int)code;
        if (index < 0 || index >= s_primitives.Length)
        {
            return DecodedType.Unnamed("System." + code);
        }

        // A race only builds an equal object twice.
        return s_primitives[index] ??= DecodedType.Unnamed("System." + code);
    }

    public static DecodedType TypeParameter(int index) => index >= 0 && index < SharedParameters ? s_typeParameters[index] : DecodedType.Unnamed("!" + index);

    public static DecodedType MethodParameter(int index) => index >= 0 && index < SharedParameters ? s_methodParameters[index] : DecodedType.Unnamed("!!" + index);

    private static DecodedType[] Parameters(string prefix)
    {
        var parameters = new DecodedType[SharedParameters];
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i] = DecodedType.Unnamed(prefix + i);
        }

        return parameters;
    }
}
