using System.Reflection.Metadata;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Resolution;

/// <summary>A virtual method of a class as <see cref="FrameworkCallbackFinder"/> reads it, once per class.</summary>
internal sealed class VirtualMethodEntry
{
    public VirtualMethodEntry(MethodDefinitionHandle handle, string name, SignatureShape shape, bool isNewSlot, bool hasBody)
    {
        Handle = handle;
        Name = name;
        Shape = shape;
        IsNewSlot = isNewSlot;
        HasBody = hasBody;
    }

    public MethodDefinitionHandle Handle { get; }

    public string Name { get; }

    public SignatureShape Shape { get; }

    /// <summary>Introduces a slot (newslot) rather than overriding an inherited one.</summary>
    public bool IsNewSlot { get; }

    public bool HasBody { get; }

    /// <summary>For an override: whether the slot it fills was introduced in followed code; null until the finder asks.</summary>
    public bool? OverridesFollowedSlot { get; set; }
}
