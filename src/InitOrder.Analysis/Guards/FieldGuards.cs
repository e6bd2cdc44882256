using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Guards;

/// <summary>
/// Which methods are getters of a <see cref="FieldGuard"/>: an instance, non-virtual getter of a class whose whole body
/// is <c>ldarg.0; ldfld F; ret</c>, for a private <c>bool</c> field <c>F</c> of the same class (what C# compiles an
/// auto-property to). Found once per getter.
/// <para>
/// The field being private, only the class and its nested types can store into it or take its address, so reading
/// their bodies finds every writer. Reflection can write it too: <see cref="GuardRule"/> opens the guard when
/// reflection reaches the class's fields, or an <c>[UnsafeAccessor]</c> names the field. A class with sequential or
/// explicit layout is left out: marshalling (<c>Marshal.PtrToStructure</c>, a P/Invoke's out parameter) writes its
/// fields from native memory.
/// </para>
/// </summary>
internal sealed class FieldGuards
{
    private static readonly byte[] s_getterBody = { 0x02, 0x7B, 0, 0, 0, 0, 0x2A };

    private readonly FactStore _store;
    private readonly Dictionary<MethodNode, FieldGuard?> _byGetter = new();
    private readonly Dictionary<(ResolvedType, FieldDefinitionHandle), FieldGuard> _byField = new();
    private Dictionary<int, List<MethodNode>>? _staticStores;
    private int _assembliesChecked;
    private string? _mainName;
    private bool _mainReferenced;

    public FieldGuards(FactStore store)
    {
        _store = store;
    }

    /// <summary>The guard <paramref name="getter"/> reads; null when it is not such a getter.</summary>
    public FieldGuard? OfGetter(MethodNode getter)
    {
        if (!_byGetter.TryGetValue(getter, out var guard))
        {
            guard = Read(getter);
            _byGetter.Add(getter, guard);
        }

        return guard;
    }

    private FieldGuard? Read(MethodNode getter)
    {
        // Most call targets are not getters: the name says so without reading a body.
        if (!getter.Name.StartsWith("get_", System.StringComparison.Ordinal))
        {
            return null;
        }

        var assembly = getter.Assembly;
        var reader = assembly.Reader;
        var method = reader.GetMethodDefinition(getter.Handle);
        if ((method.Attributes & (MethodAttributes.Static | MethodAttributes.Virtual)) != 0 || assembly.IsReferenceAssembly ||
            assembly.GetBody(getter.Handle) is not { } body)
        {
            return null;
        }

        var il = body.GetILBytes();
        if (il is null || il.Length != s_getterBody.Length || il[0] != s_getterBody[0] || il[1] != s_getterBody[1] || il[6] != s_getterBody[6])
        {
            return null;
        }

        var fieldHandle = MetadataTokens.EntityHandle(il[2] | il[3] << 8 | il[4] << 16 | il[5] << 24);
        if (fieldHandle.Kind != HandleKind.FieldDefinition)
        {
            return null;
        }

        var fieldDefinition = (FieldDefinitionHandle)fieldHandle;
        var field = reader.GetFieldDefinition(fieldDefinition);
        var declaringType = new ResolvedType(assembly, method.GetDeclaringType());
        if (field.GetDeclaringType() != method.GetDeclaringType() || (field.Attributes & FieldAttributes.FieldAccessMask) != FieldAttributes.Private ||
            (field.Attributes & FieldAttributes.Static) != 0 || !IsBoolean(reader, field) || TypeHierarchy.IsValueType(declaringType) ||
            (declaringType.Definition.Attributes & TypeAttributes.LayoutMask) != TypeAttributes.AutoLayout)
        {
            return null;
        }

        if (!_byField.TryGetValue((declaringType, fieldDefinition), out var guard))
        {
            string name = assembly.Strings.Get(method.Name);
            guard = new FieldGuard(declaringType, fieldDefinition, name.StartsWith("get_", System.StringComparison.Ordinal) ? name.Substring(4) : name,
                assembly.Strings.Get(field.Name), FieldWriters.Find(_store, declaringType, fieldDefinition));
            _byField.Add((declaringType, fieldDefinition), guard);
        }

        return guard;
    }

    /// <summary>
    /// The guard of a static <c>bool</c> field the analysed assembly declares and reads with <paramref name="token"/>
    /// (<c>if (Flags.Verbose) { … }</c>); null for any other field. Only that assembly's code can store into it or take
    /// its address while no other assembly references it (<see cref="ReferencesMain"/>), so its bodies hold every writer;
    /// its static constructor, which sets an initial value, is one of them.
    /// </summary>
    public FieldGuard? OfStaticField(MethodNode method, int token)
    {
        var assembly = method.Assembly;
        var handle = MetadataTokens.EntityHandle(token);
        if (assembly != _store.Context.Assemblies.Main || handle.Kind != HandleKind.FieldDefinition)
        {
            return null;
        }

        var fieldDefinition = (FieldDefinitionHandle)handle;
        var reader = assembly.Reader;
        var field = reader.GetFieldDefinition(fieldDefinition);
        const FieldAttributes notAFlag = FieldAttributes.Literal | FieldAttributes.HasFieldRVA;
        if ((field.Attributes & FieldAttributes.Static) == 0 || (field.Attributes & notAFlag) != 0 || !IsBoolean(reader, field))
        {
            return null;
        }

        var declaringType = new ResolvedType(assembly, field.GetDeclaringType());
        if (!_byField.TryGetValue((declaringType, fieldDefinition), out var guard))
        {
            string name = assembly.Strings.Get(field.Name);
            _staticStores ??= FieldWriters.StaticStoresIn(_store, assembly);
            var writers = new List<MethodNode>();
            if (_staticStores.TryGetValue(token, out var stores))
            {
                writers.AddRange(stores);
            }

            if (_staticStores.TryGetValue(FieldWriters.AnyStaticField, out var unreadable))
            {
                writers.AddRange(unreadable);
            }

            guard = new FieldGuard(declaringType, fieldDefinition, declaringType.Name.DisplayName + "." + name, name, writers, IsStatic: true);
            _byField.Add((declaringType, fieldDefinition), guard);
        }

        return guard;
    }

    /// <summary>Whether an assembly loaded so far, other than the analysed one, references it: its code could set the analysed assembly's static fields.</summary>
    public bool ReferencesMain()
    {
        var main = _store.Context.Assemblies.Main;
        var loaded = _store.Context.Assemblies.Loaded;
        if (_mainReferenced || _assembliesChecked == loaded.Count)
        {
            // Asked at every reached method: nothing to read unless an assembly was loaded since.
            return _mainReferenced;
        }

        string name = _mainName ??= main.Reader.GetString(main.Reader.GetAssemblyDefinition().Name);
        for (; _assembliesChecked < loaded.Count; _assembliesChecked++)
        {
            var assembly = loaded[_assembliesChecked];
            if (assembly == main || assembly.IsReferenceAssembly)
            {
                continue;
            }

            foreach (var reference in assembly.Reader.AssemblyReferences)
            {
                if (assembly.Reader.StringComparer.Equals(assembly.Reader.GetAssemblyReference(reference).Name, name))
                {
                    _mainReferenced = true;
                    return true;
                }
            }
        }

        return _mainReferenced;
    }

    private static bool IsBoolean(MetadataReader reader, FieldDefinition field)
    {
        var blob = reader.GetBlobReader(field.Signature);
        return blob.ReadSignatureHeader().Kind == SignatureKind.Field && blob.ReadSignatureTypeCode() == SignatureTypeCode.Boolean && blob.RemainingBytes == 0;
    }
}
