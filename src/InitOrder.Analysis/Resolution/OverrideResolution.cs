using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Resolution;

/// <summary>
/// Whether an object of a live type can run a given override or default interface method through a virtual call.
/// The dispatch index over-approximates by name and shape; the runtime runs exactly one method per slot and object:
/// the most derived override in the object's class chain, and a default interface method only when no class in the
/// chain implements the member. So <c>Base.M</c> never runs on a <c>Derived</c> that overrides <c>M</c>, and
/// <c>ILogger.ForContext</c>'s default body never runs on a logger class that implements <c>ForContext</c> itself.
/// <para>
/// Only what the metadata proves is used, so every "replaced" answer is certain: the overriding method must have the
/// same name and the same signature text (no type parameter of a generic class in it, where text alone cannot tell),
/// no <c>newslot</c> method of that signature may sit between the two classes (it would start a new slot), an
/// internal slot is not overridden across assemblies, and an implementing class must list the interface itself. Any
/// other case (explicit overrides with another name, generic interfaces, covariant returns) keeps the method.
/// </para>
/// </summary>
internal sealed class OverrideResolution
{
    private const int MaxBaseTypeDepth = 64;

    private readonly TypeHierarchy _hierarchy;
    private readonly Dictionary<(ResolvedType, MethodDefinitionHandle), string> _signatures = new();
    private readonly Dictionary<(ResolvedType, MethodDefinitionHandle), Slot?> _slots = new();

    public OverrideResolution(TypeHierarchy hierarchy)
    {
        _hierarchy = hierarchy;
    }

    /// <summary>True when an object of <paramref name="liveType"/> never runs <paramref name="implementation"/> through its slot.</summary>
    public bool IsReplacedIn(ResolvedType liveType, ResolvedType declaringType, MethodDefinitionHandle implementation)
    {
        if (liveType.Equals(declaringType))
        {
            return false;
        }

        var slot = SlotOf(declaringType, implementation);
        if (slot is null)
        {
            return false;
        }

        return declaringType.IsInterface
            ? IsImplementedByClass(liveType, declaringType, slot.Name, slot.Signature)
            : IsOverriddenBelow(liveType, declaringType, slot.Name, slot.Signature, slot.Attributes);
    }

    /// <summary>The implementation's name and signature, read once; null for what text cannot compare (static, class type parameters).</summary>
    private Slot? SlotOf(ResolvedType declaringType, MethodDefinitionHandle implementation)
    {
        if (!_slots.TryGetValue((declaringType, implementation), out var slot))
        {
            var definition = declaringType.Assembly.Reader.GetMethodDefinition(implementation);
            string signature = SignatureOf(declaringType, implementation);
            slot = (definition.Attributes & MethodAttributes.Static) != 0 || MentionsClassTypeParameter(signature)
                ? null
                : new Slot(declaringType.Assembly.Strings.Get(definition.Name), signature, definition.Attributes);
            _slots.Add((declaringType, implementation), slot);
        }

        return slot;
    }

    /// <summary>A class in the chain that lists the interface and implements the member itself: its method (or an override of it) wins over the default body.</summary>
    private bool IsImplementedByClass(ResolvedType liveType, ResolvedType @interface, string name, string signature)
    {
        if (@interface.Definition.GetGenericParameters().Count > 0)
        {
            return false;
        }

        string interfaceName = @interface.Name.FullName;
        var current = liveType;
        for (int depth = 0; current is not null && depth < MaxBaseTypeDepth; depth++)
        {
            if (ListsInterface(current, interfaceName) && (DeclaresPublicVirtual(current, name, signature) || ImplementsExplicitly(current, interfaceName, name, signature)))
            {
                return true;
            }

            current = _hierarchy.BaseType(current);
        }

        return false;
    }

    /// <summary>
    /// Walking up from the live type: an override of the same signature counts unless a newslot method of that
    /// signature above it (and below the declaring class) shows it fills another slot.
    /// </summary>
    private bool IsOverriddenBelow(ResolvedType liveType, ResolvedType declaringType, string name, string signature, MethodAttributes slotAttributes)
    {
        var access = slotAttributes & MethodAttributes.MemberAccessMask;
        bool internalSlot = access is MethodAttributes.Assembly or MethodAttributes.FamANDAssem;
        bool overridden = false;
        var current = liveType;
        for (int depth = 0; current is not null && depth < MaxBaseTypeDepth; depth++)
        {
            if (current.Equals(declaringType))
            {
                return overridden;
            }

            foreach (var (attributes, _) in MethodsNamed(current, name, signature))
            {
                if ((attributes & MethodAttributes.Virtual) == 0)
                {
                    continue;
                }

                if ((attributes & MethodAttributes.NewSlot) != 0)
                {
                    overridden = false;
                }
                else if (internalSlot && !ReferenceEquals(current.Assembly, declaringType.Assembly))
                {
                    // Whether it overrides an internal slot from outside depends on accessibility checks; keep the method.
                    return false;
                }
                else
                {
                    overridden = true;
                }
            }

            current = _hierarchy.BaseType(current);
        }

        // The declaring class was not found above the live type: nothing is certain.
        return false;
    }

    private bool DeclaresPublicVirtual(ResolvedType type, string name, string signature)
    {
        foreach (var (attributes, _) in MethodsNamed(type, name, signature))
        {
            if ((attributes & MethodAttributes.Virtual) != 0 && (attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public)
            {
                return true;
            }
        }

        return false;
    }

    private bool ImplementsExplicitly(ResolvedType type, string interfaceName, string name, string signature)
    {
        var reader = type.Assembly.Reader;
        foreach (var handle in type.Definition.GetMethodImplementations())
        {
            var implementation = reader.GetMethodImplementation(handle);
            if (MethodDeclarationName.Read(type.Assembly, implementation.MethodDeclaration) is { } declared && declared.TypeFullName == interfaceName &&
                declared.Name == name && DeclarationSignature(type, implementation.MethodDeclaration) == signature)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ListsInterface(ResolvedType type, string interfaceName)
    {
        var reader = type.Assembly.Reader;
        foreach (var handle in type.Definition.GetInterfaceImplementations())
        {
            var listed = reader.GetInterfaceImplementation(handle).Interface;
            if (listed.Kind != HandleKind.TypeSpecification && type.Assembly.Names.Decode(listed).Text == interfaceName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The methods <paramref name="type"/> declares with this name and signature text.</summary>
    private IEnumerable<(MethodAttributes Attributes, MethodDefinitionHandle Handle)> MethodsNamed(ResolvedType type, string name, string signature)
    {
        var reader = type.Assembly.Reader;
        foreach (var handle in type.Definition.GetMethods())
        {
            var method = reader.GetMethodDefinition(handle);
            if (reader.StringComparer.Equals(method.Name, name) && SignatureOf(type, handle) == signature)
            {
                yield return (method.Attributes, handle);
            }
        }
    }

    private string SignatureOf(ResolvedType type, MethodDefinitionHandle handle)
    {
        if (!_signatures.TryGetValue((type, handle), out string? text))
        {
            text = MemberSignature.OfMethod(type.Assembly, type.Assembly.Reader.GetMethodDefinition(handle).Signature).Format();
            _signatures.Add((type, handle), text);
        }

        return text;
    }

    private string DeclarationSignature(ResolvedType type, EntityHandle declaration) => declaration.Kind switch
    {
        HandleKind.MethodDefinition => SignatureOf(type, (MethodDefinitionHandle)declaration),
        HandleKind.MemberReference => MemberSignature.OfMethod(type.Assembly, type.Assembly.Reader.GetMemberReference((MemberReferenceHandle)declaration).Signature).Format(),
        _ => "",
    };

    private sealed record Slot(string Name, string Signature, MethodAttributes Attributes);

    /// <summary><c>!0</c> is a generic class's parameter; <c>!!0</c> a generic method's, which matches by position.</summary>
    private static bool MentionsClassTypeParameter(string signature) => signature.Replace("!!", "").IndexOf('!') >= 0;
}
