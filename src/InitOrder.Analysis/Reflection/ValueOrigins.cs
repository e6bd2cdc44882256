using System.Collections.Generic;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// Where one method's System.Type and reflection member values can come from, as far as its own body shows: the types
/// it names with <c>typeof</c> or a constant <c>Type.GetType("…")</c>, and whether any other source (a field, a
/// parameter, a call returning a Type or a MethodInfo) could hand it something else. This is the trimmer's
/// intraprocedural view; where it cannot tell, the conservative rule applies.
/// </summary>
internal sealed class ValueOrigins
{
    private readonly FactStore _store;
    private readonly MethodNode _method;
    private List<ResolvedType>? _knownTypes;

    public ValueOrigins(FactStore store, MethodNode method)
    {
        _store = store;
        _method = method;
    }

    /// <summary>The types the method names as Type values.</summary>
    public IReadOnlyList<ResolvedType> KnownTypes => _knownTypes ?? (IReadOnlyList<ResolvedType>)System.Array.Empty<ResolvedType>();

    /// <summary>Some Type value may come from elsewhere.</summary>
    public bool UnknownType { get; set; }

    /// <summary>Every Type value is one of <see cref="KnownTypes"/>, and there is at least one.</summary>
    public bool TypesAreExact => !UnknownType && _knownTypes is { Count: > 0 } && !HasUntracedParameter();

    public void AddKnown(ResolvedType type)
    {
        _knownTypes ??= new List<ResolvedType>();
        if (!_knownTypes.Contains(type))
        {
            _knownTypes.Add(type);
        }
    }

    /// <summary>"Ns.Type" or "Ns.Type, Assembly": looked for in that assembly, else this method's and the analysed one.</summary>
    public ResolvedType? ResolveTypeName(string name)
    {
        string typeName = name;
        string? assemblyName = null;
        int comma = name.IndexOf(',');
        if (comma >= 0)
        {
            typeName = name.Substring(0, comma).Trim();
            string rest = name.Substring(comma + 1);
            int next = rest.IndexOf(',');
            assemblyName = (next < 0 ? rest : rest.Substring(0, next)).Trim();
        }

        int dot = typeName.LastIndexOf('.');
        string ns = dot < 0 ? "" : typeName.Substring(0, dot);
        string simple = dot < 0 ? typeName : typeName.Substring(dot + 1);
        foreach (string? candidate in new[] { assemblyName, _method.Assembly.Name, _store.Context.Assemblies.Main.Name })
        {
            if (candidate is not null && _store.Context.Types.Resolve(new NamedType(ns, simple, candidate)) is { HasCode: true } type)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>Whether the method returns a System.Type (or an array of them).</summary>
    public bool ReturnsType
    {
        get
        {
            var definition = _method.Assembly.Reader.GetMethodDefinition(_method.Handle);
            var blob = _method.Assembly.Reader.GetBlobReader(definition.Signature);
            var signature = new SignatureDecoder<DecodedType, object?>(_method.Assembly.Names.Provider, _method.Assembly.Reader, null).DecodeMethodSignature(ref blob);
            return signature.ReturnType.Text.Contains(ReflectionSignatures.SystemType);
        }
    }

    /// <summary>The method itself, as the annotation reader takes it.</summary>
    public ResolvedMethod Own()
    {
        var definition = _method.Assembly.Reader.GetMethodDefinition(_method.Handle);
        return new ResolvedMethod(new ResolvedType(_method.Assembly, definition.GetDeclaringType()), _method.Handle);
    }

    /// <summary>
    /// A parameter of type System.Type without an annotation of its own: its value comes from callers this scan does not
    /// see.
    /// </summary>
    private bool HasUntracedParameter()
    {
        var assembly = _method.Assembly;
        var definition = assembly.Reader.GetMethodDefinition(_method.Handle);
        var blob = assembly.Reader.GetBlobReader(definition.Signature);
        var signature = new SignatureDecoder<DecodedType, object?>(assembly.Names.Provider, assembly.Reader, null).DecodeMethodSignature(ref blob);
        var annotated = _store.Annotations.Of(Own()).TypeParameters;
        bool untraced = false;
        for (int i = 0; i < signature.ParameterTypes.Length; i++)
        {
            string text = signature.ParameterTypes[i].Text;
            untraced |= text.Contains(ReflectionSignatures.SystemType) && !IsAnnotated(annotated, i);
        }

        return untraced;
    }

    private static bool IsAnnotated(IReadOnlyList<(int Index, AccessedMembers Members)> annotated, int index)
    {
        foreach (var (i, _) in annotated)
        {
            if (i == index)
            {
                return true;
            }
        }

        return false;
    }
}
