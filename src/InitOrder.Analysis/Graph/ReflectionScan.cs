using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Graph;

/// <summary>
/// Finds one method's reflective calls while its IL is scanned, and decides which rule bounds each
/// (<see cref="ReflectionKind"/>). Type arguments bound to annotated generic parameters are exact. A System.Type
/// value passed to an annotated parameter is followed inside the method only: it is exact when every Type value the
/// method could hold comes from <c>typeof</c> or a constant <c>Type.GetType("…")</c>, and falls back to the
/// conservative rule otherwise, as the trimmer warns (IL2072) where it cannot tell.
/// </summary>
internal sealed class ReflectionScan
{
    private const string SystemType = "System.Type";

    private readonly CodeGraph _graph;
    private readonly MethodNode _method;
    private List<ResolvedType>? _knownTypes;
    private bool _unknownTypeValue;
    private bool _unknownMemberValue;
    private List<(int Offset, string Api, AccessedMembers Members)>? _typeFlows;
    private List<ReflectionSite>? _memberRuns;
    private List<ReflectionSite>? _sites;

    public ReflectionScan(CodeGraph graph, MethodNode method)
    {
        _graph = graph;
        _method = method;
    }

    // Inside [RequiresUnreferencedCode] code, unbounded reflection is the responsibility of the call that entered it,
    // as the trimmer's contract says: the boundary gets the conservative rule, the inside adds no rule of its own.
    // Worked out only for methods that reflect: reading the attributes of every scanned method would cost more.
    private bool? _inside;

    private bool InsideRequiresUnreferencedCode => _inside ??= _graph.Annotations.IsInsideRequiresUnreferencedCode(_method.Assembly, _method.Handle);

    /// <summary>The string an <c>ldstr</c> just pushed, when it was the previous token instruction; decoded only when a type lookup reads it.</summary>
    public UserStringHandle? LastString { get; set; }

    /// <summary><c>ldtoken</c> of a type: a known System.Type value in this method.</summary>
    public void OnTypeHandle(DecodedType type)
    {
        if (type.Definition is { } named && _graph.Types.Resolve(named) is { HasCode: true } resolved)
        {
            AddKnown(resolved);
        }
    }

    /// <summary>A field load of a Type (or Type[]) is a value the method cannot trace.</summary>
    public void OnField(int offset, MemberToken token, ResolvedType? declaringType)
    {
        // A static field of a [RequiresUnreferencedCode] type is an entry into it, like a call.
        if (!InsideRequiresUnreferencedCode && declaringType is { } type && type.Assembly != _method.Assembly && _graph.Annotations.TypeRequiresUnreferencedCode(type))
        {
            AddSite(offset, token, ReflectionKind.LiveAndMentionedTypes, "[RequiresUnreferencedCode] on its type: it uses reflection no annotation bounds", AccessedMembers.All);
        }

        if (NamesSystemType(token) && token.SignatureText.Contains(SystemType))
        {
            _unknownTypeValue = true;
        }

        if (NamesReflectionMember(token) && IsReflectionMember(token.SignatureText))
        {
            _unknownMemberValue = true;
        }
    }

    public void OnCall(int offset, MemberToken token, ResolvedMethod? resolved)
    {
        var owner = token.Owner?.Definition;
        if (owner is not null && ReflectionApis.IsTypeLookupByName(owner.FullName, token.Name))
        {
            if (LastString is { } handle)
            {
                string name = _method.Assembly.Reader.GetUserString(handle);
                // A constant name: the type it names flows on like typeof. One outside the analysed code (the framework,
                // or an assembly the build does not reference) has no code to follow.
                if (ResolveTypeName(name) is { } found)
                {
                    AddKnown(found);
                }
            }
            else
            {
                _unknownTypeValue = true;
                AddSite(offset, token, ReflectionKind.AnyType, "looks a type up by a name known only at run time", AccessedMembers.None);
            }

            return;
        }

        if (ReturnsTypeValue(token, owner))
        {
            _unknownTypeValue = true;
        }

        var annotations = resolved is null ? CalleeAnnotations.None : _graph.Annotations.Of(resolved);

        // A MethodInfo or PropertyInfo from Type.GetMethod and friends is covered by their annotation; one from anywhere
        // else (a cache, a parameter, Delegate.Method) could stand for any member.
        bool derivesMember = owner is not null && owner.FullName.StartsWith("System.Reflection.", StringComparison.Ordinal);
        if (!annotations.AnnotatesTypeValues && !derivesMember && ReturnsReflectionMember(token))
        {
            _unknownMemberValue = true;
        }

        // The annotations describe a call exactly where they say which members of which types; the table of reflective
        // APIs covers what they leave open (Assembly.GetTypes, MethodBase.Invoke), and wins over a bare
        // [RequiresUnreferencedCode] on the framework's own reflection APIs.
        bool described = !ReferenceEquals(annotations, CalleeAnnotations.None) && BindGenericArguments(offset, token, resolved!, annotations);
        if (annotations.AnnotatesTypeValues)
        {
            var members = annotations.This;
            foreach (var (_, parameterMembers) in annotations.TypeParameters)
            {
                members |= parameterMembers;
            }

            (_typeFlows ??= new List<(int, string, AccessedMembers)>()).Add((offset, ApiName(token), members));
            described = true;
        }

        if (described)
        {
            return;
        }

        if (owner is not null && ReflectionApis.IsAttributeLookup(owner.FullName, token.Name))
        {
            // GetCustomAttribute<T>() constructs attributes of type T; GetCustomAttributes(typeof(T)) likewise through the
            // Type it is given; without either, any attribute type may be constructed.
            const AccessedMembers constructors = AccessedMembers.PublicConstructors | AccessedMembers.NonPublicConstructors;
            if (token.MethodArguments.Count == 1 && token.MethodArguments[0].Definition is { } attribute)
            {
                if (_graph.Types.Resolve(attribute) is { HasCode: true } type)
                {
                    AddSite(offset, token, new[] { type }, constructors);
                }

                return;
            }

            (_typeFlows ??= new List<(int, string, AccessedMembers)>()).Add((offset, ApiName(token), constructors));
            return;
        }

        if (owner is not null && ReflectionApis.ProducesMetadataOnly(owner.FullName, token.Name))
        {
            // MakeGenericType runs nothing: what the type it makes is used for is decided where it is used.
            return;
        }

        if (owner is not null && ReflectionApis.Classify(owner.FullName, token.Name) is { } rule)
        {
            if (ReflectionApis.RunsReflectedMember(owner.FullName, token.Name))
            {
                // Decided in Finish: bounded when every member object of the method is traced to a named type.
                (_memberRuns ??= new List<ReflectionSite>()).Add(new ReflectionSite(offset, ApiName(token), rule.Kind, Array.Empty<ResolvedType>(), rule.Members,
                    "runs members (" + Describe(rule.Members) + ") chosen at run time"));
                return;
            }

            AddSite(offset, token, rule.Kind, rule.Kind == ReflectionKind.AnyType
                ? "finds types or assemblies by a name known only at run time"
                : "runs members (" + Describe(rule.Members) + ") chosen at run time", rule.Members);
            return;
        }

        if (annotations.RequiresUnreferencedCode && !InsideRequiresUnreferencedCode)
        {
            // DeserializeObject<Settings>(): Settings is what it works on first, so its members are reached from this call
            // even when the rule is already in force through an earlier call.
            (_sites ??= new List<ReflectionSite>()).Add(new ReflectionSite(offset, ApiName(token), ReflectionKind.LiveAndMentionedTypes, TypeArguments(token), AccessedMembers.All,
                "[RequiresUnreferencedCode]: it uses reflection no annotation bounds"));
        }
    }

    /// <summary>The method's reflective calls, with every System.Type flow decided now that the whole body is seen.</summary>
    public ReflectionSite[]? Finish()
    {
        if (InsideRequiresUnreferencedCode)
        {
            // Only what an annotation bounds exactly; the rest is the entering call's.
            _memberRuns = null;
            _sites?.RemoveAll(site => site.Kind != ReflectionKind.Annotated);
            if (_typeFlows is not null && (_unknownTypeValue || _knownTypes is null))
            {
                _typeFlows = null;
            }
        }

        bool exact = false;
        if (_typeFlows is not null || _memberRuns is not null)
        {
            exact = !_unknownTypeValue && !HasUntracedParameter() && _knownTypes is { Count: > 0 };
        }

        // typeof(X).GetMethod("M").Invoke(...): the annotation on GetMethod already reached X's methods.
        if (_memberRuns is not null && !(exact && !_unknownMemberValue))
        {
            (_sites ??= new List<ReflectionSite>()).AddRange(_memberRuns);
        }

        if (_typeFlows is not null)
        {
            foreach (var (offset, api, members) in _typeFlows)
            {
                _sites ??= new List<ReflectionSite>();
                _sites.Add(exact
                    ? new ReflectionSite(offset, api, ReflectionKind.Annotated, _knownTypes!, members, "[DynamicallyAccessedMembers(" + Describe(members) + ")] on a System.Type it is given")
                    : new ReflectionSite(offset, api, ReflectionKind.LiveAndMentionedTypes, Array.Empty<ResolvedType>(), members,
                        "a System.Type whose origin this method does not show reaches [DynamicallyAccessedMembers(" + Describe(members) + ")]"));
            }
        }

        return _sites?.ToArray();
    }

    private IReadOnlyList<ResolvedType> TypeArguments(MemberToken token)
    {
        List<ResolvedType>? types = null;
        foreach (var argument in token.MethodArguments)
        {
            foreach (var named in argument.NamedTypes)
            {
                if (_graph.Types.Resolve(named) is { HasCode: true } type)
                {
                    (types ??= new List<ResolvedType>()).Add(type);
                }
            }
        }

        return types ?? (IReadOnlyList<ResolvedType>)Array.Empty<ResolvedType>();
    }

    private bool BindGenericArguments(int offset, MemberToken token, ResolvedMethod resolved, CalleeAnnotations annotations)
    {
        bool described = Bind(offset, token, annotations.MethodGenericParameters, token.MethodArguments);

        // A type's annotated parameter is used where the type is constructed or its statics run; an instance call
        // needs an object that was constructed already. Lazy<T> given a factory never constructs T itself.
        bool constructsOrStatic = token.Name == ".ctor" || resolved.IsStatic;
        bool lazyWithFactory = resolved.DeclaringType.Name.FullName == "System.Lazy`1" && ConstructedTypeArguments.HasFactory(token);
        if (constructsOrStatic && !lazyWithFactory &&
            token.Owner is { } owner && owner.Definition?.FullName == resolved.DeclaringType.Name.FullName)
        {
            described |= Bind(offset, token, annotations.TypeGenericParameters, owner.GenericArguments);
        }

        return described;
    }

    private bool Bind(int offset, MemberToken token, IReadOnlyList<AccessedMembers> parameters, IReadOnlyList<DecodedType> arguments)
    {
        bool bound = false;
        for (int i = 0; i < parameters.Count && i < arguments.Count; i++)
        {
            if (parameters[i] == AccessedMembers.None)
            {
                continue;
            }

            bound = true;
            var argument = arguments[i];
            if (argument.Definition is { } named)
            {
                if (_graph.Types.Resolve(named) is { HasCode: true } type)
                {
                    AddSite(offset, token, new[] { type }, parameters[i]);
                }
            }
            else if (argument.NamedTypes.Count == 0 && !IsPrimitive(argument) && !CarriesOwnAnnotation(argument))
            {
                // A generic parameter of this method or its type without an annotation of its own: the caller that binds
                // it is not told, so nothing bounds the type.
                AddSite(offset, token, ReflectionKind.LiveAndMentionedTypes,
                    "a type parameter of '" + _method.ShortName + "' reaches [DynamicallyAccessedMembers(" + Describe(parameters[i]) + ")]", parameters[i]);
            }
        }

        return bound;
    }

    /// <summary>
    /// <c>!!0</c> or <c>!0</c> annotated on this method or its type: the callers that bind it are where the annotation is
    /// applied, as the trimmer does.
    /// </summary>
    private bool CarriesOwnAnnotation(DecodedType parameter)
    {
        string text = parameter.Text;
        bool ofMethod = text.StartsWith("!!", StringComparison.Ordinal);
        if (!int.TryParse(text.Substring(ofMethod ? 2 : 1), out int index) || !text.StartsWith("!", StringComparison.Ordinal))
        {
            return false;
        }

        var own = _graph.Annotations.Of(OwnMethod());
        var list = ofMethod ? own.MethodGenericParameters : own.TypeGenericParameters;
        return index < list.Count && list[index] != AccessedMembers.None;
    }

    private ResolvedMethod OwnMethod()
    {
        var definition = _method.Assembly.Reader.GetMethodDefinition(_method.Handle);
        return new ResolvedMethod(new ResolvedType(_method.Assembly, definition.GetDeclaringType()), _method.Handle);
    }

    /// <summary>
    /// A parameter of type System.Type without an annotation of its own, or one holding a reflection member: its value
    /// comes from callers this scan does not see.
    /// </summary>
    private bool HasUntracedParameter()
    {
        var assembly = _method.Assembly;
        var definition = assembly.Reader.GetMethodDefinition(_method.Handle);
        var blob = assembly.Reader.GetBlobReader(definition.Signature);
        var signature = new SignatureDecoder<DecodedType, object?>(assembly.Names.Provider, assembly.Reader, null).DecodeMethodSignature(ref blob);
        var annotated = _graph.Annotations.Of(OwnMethod()).TypeParameters;
        for (int i = 0; i < signature.ParameterTypes.Length; i++)
        {
            if (signature.ParameterTypes[i].Text.Contains(SystemType) && !IsAnnotated(annotated, i))
            {
                return true;
            }

            if (IsReflectionMember(signature.ParameterTypes[i].Text))
            {
                _unknownMemberValue = true;
            }
        }

        return false;
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

    private static bool ReturnsTypeValue(MemberToken token, NamedType? owner)
    {
        if (!NamesSystemType(token) || (owner?.FullName == SystemType && token.Name == "GetTypeFromHandle"))
        {
            return false;
        }

        string text = token.SignatureText;
        if (text.StartsWith("instance ", StringComparison.Ordinal))
        {
            text = text.Substring("instance ".Length);
        }

        int end = text.IndexOf('(');
        return (end < 0 ? text : text.Substring(0, end)).Contains(SystemType);
    }

    private static bool ReturnsReflectionMember(MemberToken token)
    {
        if (!NamesReflectionMember(token))
        {
            return false;
        }

        string text = token.SignatureText;
        if (text.StartsWith("instance ", StringComparison.Ordinal))
        {
            text = text.Substring("instance ".Length);
        }

        int end = text.IndexOf('(');
        return IsReflectionMember(end < 0 ? text : text.Substring(0, end));
    }

    private static bool NamesReflectionMember(MemberToken token)
    {
        foreach (var type in token.SignatureTypes)
        {
            // The namespace first: an equality test, where the member-type test searches the name seven times.
            if (type.Namespace == "System.Reflection" && IsReflectionMember(type.FullName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReflectionMember(string text) =>
        text.Contains("System.Reflection.MethodInfo") || text.Contains("System.Reflection.MethodBase") || text.Contains("System.Reflection.ConstructorInfo") ||
        text.Contains("System.Reflection.PropertyInfo") || text.Contains("System.Reflection.FieldInfo") || text.Contains("System.Reflection.MemberInfo") ||
        text.Contains("System.Reflection.EventInfo");

    // A cheap test first: only tokens whose signature names System.Type at all need their text built.
    private static bool NamesSystemType(MemberToken token)
    {
        foreach (var type in token.SignatureTypes)
        {
            if (type.FullName == SystemType)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPrimitive(DecodedType type) => type.Text.StartsWith("System.", StringComparison.Ordinal);

    /// <summary>"Ns.Type" or "Ns.Type, Assembly": looked for in that assembly, else this method's and the analysed one.</summary>
    private ResolvedType? ResolveTypeName(string name)
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
        foreach (string? candidate in new[] { assemblyName, _method.Assembly.Name, _graph.Assemblies.Main.Name })
        {
            if (candidate is not null && _graph.Types.Resolve(new NamedType(ns, simple, candidate)) is { HasCode: true } type)
            {
                return type;
            }
        }

        return null;
    }

    private void AddKnown(ResolvedType type)
    {
        _knownTypes ??= new List<ResolvedType>();
        if (!_knownTypes.Contains(type))
        {
            _knownTypes.Add(type);
        }
    }

    private void AddSite(int offset, MemberToken token, ReflectionKind kind, string why, AccessedMembers members) =>
        (_sites ??= new List<ReflectionSite>()).Add(new ReflectionSite(offset, ApiName(token), kind, Array.Empty<ResolvedType>(), members, why));

    private void AddSite(int offset, MemberToken token, IReadOnlyList<ResolvedType> types, AccessedMembers members) =>
        (_sites ??= new List<ReflectionSite>()).Add(new ReflectionSite(offset, ApiName(token), ReflectionKind.Annotated, types, members,
            "[DynamicallyAccessedMembers(" + Describe(members) + ")] on a type parameter"));

    /// <summary><c>JsonConvert.DeserializeObject&lt;Settings&gt;()</c>: the call as a chain shows it.</summary>
    public static string ApiName(MemberToken token)
    {
        string name = token.ShortName;
        if (token.MethodArguments.Count == 0 || !name.EndsWith("()", StringComparison.Ordinal))
        {
            return name;
        }

        var arguments = new List<string>();
        foreach (var argument in token.MethodArguments)
        {
            arguments.Add(argument.Definition?.DisplayName ?? argument.Text);
        }

        return name.Substring(0, name.Length - 2) + "<" + string.Join(", ", arguments) + ">()";
    }

    private static string Describe(AccessedMembers members) => members == AccessedMembers.All ? "All" : members.ToString().Replace(", ", " | ");
}
