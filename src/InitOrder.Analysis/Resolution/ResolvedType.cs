using System;
using System.Reflection.Metadata;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Resolution;

/// <summary>A type definition found in a loaded assembly.</summary>
internal sealed class ResolvedType : IEquatable<ResolvedType>
{
    public ResolvedType(LoadedAssembly assembly, TypeDefinitionHandle handle)
    {
        Assembly = assembly;
        Handle = handle;
        Name = assembly.Names.Get(handle);
    }

    public LoadedAssembly Assembly { get; }

    public TypeDefinitionHandle Handle { get; }

    public NamedType Name { get; }

    public TypeDefinition Definition => Assembly.Reader.GetTypeDefinition(Handle);

    /// <summary>True when the type's code can be followed (it is not in a reference assembly).</summary>
    public bool HasCode => !Assembly.IsReferenceAssembly;

    public bool IsInterface => (Definition.Attributes & System.Reflection.TypeAttributes.Interface) != 0;

    public bool Equals(ResolvedType? other) => other is not null && ReferenceEquals(Assembly, other.Assembly) && Handle == other.Handle;

    public override bool Equals(object? obj) => Equals(obj as ResolvedType);

    public override int GetHashCode() => Handle.GetHashCode() ^ Assembly.GetHashCode();

    public override string ToString() => Name.FullName + ", " + Assembly.Name;
}
