using System.Reflection;
using System.Reflection.Metadata;

namespace InitOrder.Analysis.Resolution;

/// <summary>A method definition found in a loaded assembly, with the type that declares it.</summary>
internal sealed class ResolvedMethod
{
    public ResolvedMethod(ResolvedType declaringType, MethodDefinitionHandle handle)
    {
        DeclaringType = declaringType;
        Handle = handle;
    }

    public ResolvedType DeclaringType { get; }

    public MethodDefinitionHandle Handle { get; }

    public MethodAttributes Attributes => DeclaringType.Assembly.Reader.GetMethodDefinition(Handle).Attributes;

    public bool IsVirtual => (Attributes & MethodAttributes.Virtual) != 0;

    public bool IsStatic => (Attributes & MethodAttributes.Static) != 0;
}
