using System.Collections.Generic;
using System.Reflection;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Reflection;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// What a call to one of <c>object</c>'s virtual slots (<c>ToString</c>, <c>GetHashCode</c>, <c>Equals</c>) can run,
/// by what the method's own body shows its receiver to be. Every type overrides these, so a call on an unknown object
/// may run any live override; a call on a value known to be of class <c>C</c> (a <c>new C()</c>, a local only ever
/// given one, a field, parameter or return typed <c>C</c>, a <c>constrained. C</c> call) runs an override declared in
/// <c>C</c>, in a class derived from it, or in one of <c>C</c>'s base classes, and no other. The JIT devirtualizes such
/// calls on the same reasoning.
/// <para>
/// An interface, a generic parameter, an array, <c>object</c>, <c>ValueType</c> or <c>Enum</c> bounds nothing: a class
/// implementing an interface may inherit its override from a base class that does not.
/// </para>
/// </summary>
internal sealed class ObjectSlotReceivers
{
    private const string ObjectType = "System.Object";
    private const int MaxBaseTypeDepth = 64;

    // String and the primitive value types: sealed, with overrides of their own that call nothing back.
    private static readonly HashSet<string> s_primitives = new(System.StringComparer.Ordinal)
    {
        "System.String", "System.Boolean", "System.Char", "System.SByte", "System.Byte", "System.Int16", "System.UInt16",
        "System.Int32", "System.UInt32", "System.Int64", "System.UInt64", "System.Single", "System.Double", "System.IntPtr", "System.UIntPtr",
    };

    private readonly FactStore _store;
    private readonly ReceiverBounds _receivers;

    public ObjectSlotReceivers(FactStore store, ReceiverBounds receivers)
    {
        _store = store;
        _receivers = receivers;
    }

    public static bool IsObjectSlot(NamedType declaringType, string name) =>
        declaringType.FullName == ObjectType && name is "ToString" or "GetHashCode" or "Equals";

    /// <summary>What the receiver of the call at <paramref name="ilOffset"/> is known to be; null when it can be any object.</summary>
    public ObjectSlotReceiver? Of(int ilOffset, DecodedType? constrainedType, string name, SignatureShape shape)
    {
        var type = constrainedType ?? ReceiverType(ilOffset);
        if (type is null)
        {
            return null;
        }

        if (type.Definition is not { } named)
        {
            return s_primitives.Contains(type.Text) ? ObjectSlotReceiver.Primitive : null;
        }

        if (s_primitives.Contains(named.FullName))
        {
            return ObjectSlotReceiver.Primitive;
        }

        if (TypeHierarchy.IsUniversalRoot(named.FullName) || _store.Context.Types.Resolve(named) is not { } resolved || resolved.IsInterface)
        {
            return null;
        }

        if (InheritedOverrides(resolved, name, shape, out bool frameworkAncestor) is not { } inherited)
        {
            return null;
        }

        bool analysedClass = resolved.HasCode && !frameworkAncestor && !TypeHierarchy.IsValueType(resolved);
        return new ObjectSlotReceiver(analysedClass ? ObjectSlotReceiverKind.AnalysedClass : ObjectSlotReceiverKind.Other, resolved.Name, inherited);
    }

    private DecodedType? ReceiverType(int ilOffset) => _receivers.StaticTypeAt(ilOffset);

    /// <summary>
    /// The slot's overrides in the base classes of <paramref name="type"/>; null when a base class cannot be read.
    /// <paramref name="frameworkAncestor"/> tells whether a base class other than object, ValueType and Enum is framework code.
    /// </summary>
    private List<ResolvedMethod>? InheritedOverrides(ResolvedType type, string name, SignatureShape shape, out bool frameworkAncestor)
    {
        frameworkAncestor = false;
        var found = new List<ResolvedMethod>();
        var current = type;
        for (int depth = 0; depth < MaxBaseTypeDepth; depth++)
        {
            if (current.Definition.BaseType.IsNil || _store.Context.Hierarchy.BaseType(current) is not { } baseType)
            {
                // Only object has no base here (interfaces were turned away); anything else is malformed or missing.
                return null;
            }

            if (TypeHierarchy.IsUniversalRoot(baseType.Name.FullName))
            {
                return found;
            }

            if (!baseType.HasCode)
            {
                frameworkAncestor = true;
            }
            else
            {
                var reader = baseType.Assembly.Reader;
                foreach (var handle in baseType.Definition.GetMethods())
                {
                    var method = reader.GetMethodDefinition(handle);
                    if ((method.Attributes & MethodAttributes.Virtual) != 0 && baseType.Assembly.Strings.Get(method.Name) == name &&
                        SignatureShape.Read(reader, method.Signature).Matches(shape))
                    {
                        found.Add(new ResolvedMethod(baseType, handle));
                    }
                }
            }

            current = baseType;
        }

        return null;
    }
}
