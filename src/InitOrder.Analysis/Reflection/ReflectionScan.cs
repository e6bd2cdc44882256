using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// Finds one method's reflective calls while its IL is scanned, and decides which rule bounds each
/// (<see cref="ReflectionKind"/>). Type arguments bound to annotated generic parameters are exact. A System.Type
/// value passed to an annotated parameter is followed inside the method only (<see cref="ValueOrigins"/>): exact when
/// every Type value the method could hold comes from <c>typeof</c> or a constant <c>Type.GetType("…")</c>, the
/// conservative rule otherwise, where the trimmer would warn (IL2072).
/// </summary>
internal sealed class ReflectionScan
{
    private const AccessedMembers Constructors = AccessedMembers.PublicConstructors | AccessedMembers.NonPublicConstructors;

    private readonly FactStore _store;
    private readonly MethodNode _method;
    private readonly ValueOrigins _values;
    private List<(int Offset, string Api, AccessedMembers Members)>? _typeFlows;
    private List<ReflectionSite>? _memberRuns;
    private List<ReflectionSite>? _sites;

    // Inside [RequiresUnreferencedCode] code, unbounded reflection is the responsibility of the call that entered it,
    // as the trimmer's contract says: the boundary gets the conservative rule, the inside adds no rule of its own.
    // Worked out only for methods that reflect: reading the attributes of every scanned method would cost more.
    private bool? _inside;

    public ReflectionScan(FactStore store, MethodNode method)
    {
        _store = store;
        _method = method;
        _values = new ValueOrigins(store, method);
    }

    /// <summary>The string an <c>ldstr</c> just pushed, when it was the previous token instruction; decoded only when a type lookup reads it.</summary>
    public UserStringHandle? LastString { get; set; }

    private bool InsideRequiresUnreferencedCode => _inside ??= _store.Annotations.IsInsideRequiresUnreferencedCode(_method.Assembly, _method.Handle);

    /// <summary><c>ldtoken</c> of a type: a known System.Type value in this method.</summary>
    public void OnTypeHandle(DecodedType type)
    {
        if (type.Definition is { } named && _store.Context.Types.Resolve(named) is { HasCode: true } resolved)
        {
            _values.AddKnown(resolved);
        }
    }

    /// <summary>A field access: an entry into [RequiresUnreferencedCode] code, or a reflection value from elsewhere.</summary>
    public void OnField(int offset, MemberToken token, ResolvedType? staticDeclaringType)
    {
        if (staticDeclaringType is { } type && type.Assembly != _method.Assembly && !InsideRequiresUnreferencedCode &&
            _store.Annotations.TypeRequiresUnreferencedCode(type))
        {
            AddSite(offset, token, ReflectionKind.LiveAndMentionedTypes, "[RequiresUnreferencedCode] on its type: it uses reflection no annotation bounds", AccessedMembers.All);
        }

        _values.UnknownType |= ReflectionSignatures.HoldsTypeValue(token);
        _values.UnknownMember |= ReflectionSignatures.HoldsReflectionMember(token);
    }

    public void OnCall(int offset, MemberToken token, ResolvedMethod? resolved)
    {
        var owner = token.Owner?.Definition;
        if (owner is not null && ReflectionApis.IsTypeLookupByName(owner.FullName, token.Name))
        {
            OnTypeLookup(offset, token);
            return;
        }

        var annotations = resolved is null ? CalleeAnnotations.None : _store.Annotations.Of(resolved);
        _values.UnknownType |= ReflectionSignatures.ReturnsTypeValue(token, owner);

        // A MethodInfo or PropertyInfo from Type.GetMethod and friends is covered by their annotation; one from anywhere
        // else (a cache, a parameter, Delegate.Method) could stand for any member.
        bool derivesMember = owner is not null && owner.FullName.StartsWith("System.Reflection.", StringComparison.Ordinal);
        _values.UnknownMember |= !annotations.AnnotatesTypeValues && !derivesMember && ReflectionSignatures.ReturnsReflectionMember(token);

        // Annotations describe a call exactly where they name members of types; the table of reflective APIs covers what
        // they leave open (Assembly.GetTypes, MethodBase.Invoke) and wins over a bare [RequiresUnreferencedCode] there.
        if (OnAnnotatedCall(offset, token, resolved, annotations))
        {
            return;
        }

        if (owner is not null && OnReflectionApi(offset, token, owner))
        {
            return;
        }

        if (annotations.RequiresUnreferencedCode && !InsideRequiresUnreferencedCode)
        {
            // DeserializeObject<Settings>(): Settings is what it works on first, so its members are reached from this call
            // even when the rule is already in force through an earlier call.
            Add(new ReflectionSite(offset, ReflectionText.Api(token), ReflectionKind.LiveAndMentionedTypes, TypeArguments(token), AccessedMembers.All,
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
            if (!_values.TypesAreExact)
            {
                _typeFlows = null;
            }
        }

        bool exact = (_typeFlows is not null || _memberRuns is not null) && _values.TypesAreExact;

        // typeof(X).GetMethod("M").Invoke(...): the annotation on GetMethod already reached X's methods.
        if (_memberRuns is not null && !(exact && !_values.UnknownMember))
        {
            foreach (var run in _memberRuns)
            {
                Add(run);
            }
        }

        foreach (var (offset, api, members) in _typeFlows ?? new List<(int, string, AccessedMembers)>())
        {
            Add(exact
                ? new ReflectionSite(offset, api, ReflectionKind.Annotated, _values.KnownTypes, members,
                    "[DynamicallyAccessedMembers(" + ReflectionText.Members(members) + ")] on a System.Type it is given")
                : new ReflectionSite(offset, api, ReflectionKind.LiveAndMentionedTypes, Array.Empty<ResolvedType>(), members,
                    "a System.Type whose origin this method does not show reaches [DynamicallyAccessedMembers(" + ReflectionText.Members(members) + ")]"));
        }

        return _sites?.ToArray();
    }

    /// <summary>Type.GetType("Ns.X") names its type like typeof; a name known only at run time could be any type.</summary>
    private void OnTypeLookup(int offset, MemberToken token)
    {
        if (LastString is not { } handle)
        {
            _values.UnknownType = true;
            AddSite(offset, token, ReflectionKind.AnyType, "looks a type up by a name known only at run time", AccessedMembers.None);
            return;
        }

        // A constant outside the analysed code (the framework, an assembly the build does not reference) has no code to follow.
        if (_values.ResolveTypeName(_method.Assembly.Reader.GetUserString(handle)) is { } found)
        {
            _values.AddKnown(found);
        }
    }

    /// <summary>Annotated type parameters and System.Type parameters; true when they describe the call.</summary>
    private bool OnAnnotatedCall(int offset, MemberToken token, ResolvedMethod? resolved, CalleeAnnotations annotations)
    {
        bool described = !ReferenceEquals(annotations, CalleeAnnotations.None) && BindGenericArguments(offset, token, resolved!, annotations);
        if (annotations.AnnotatesTypeValues)
        {
            var members = annotations.This;
            foreach (var (_, parameterMembers) in annotations.TypeParameters)
            {
                members |= parameterMembers;
            }

            AddTypeFlow(offset, token, members);
            described = true;
        }

        return described;
    }

    /// <summary>The framework's reflection APIs no annotation describes; true when the call is one.</summary>
    private bool OnReflectionApi(int offset, MemberToken token, NamedType owner)
    {
        if (ReflectionApis.IsAttributeLookup(owner.FullName, token.Name))
        {
            // GetCustomAttribute<T>() constructs attributes of type T; GetCustomAttributes(typeof(T)) those of the Type it
            // is given; without either, any attribute type may be constructed.
            if (token.MethodArguments.Count == 1 && token.MethodArguments[0].Definition is { } attribute)
            {
                if (_store.Context.Types.Resolve(attribute) is { HasCode: true } type)
                {
                    AddSite(offset, token, new[] { type }, Constructors);
                }
            }
            else
            {
                AddTypeFlow(offset, token, Constructors);
            }

            return true;
        }

        if (ReflectionApis.RunsStaticConstructor(owner.FullName, token.Name))
        {
            // The handle of a type this method names runs that static constructor (MethodFactsBuilder adds the edge); a
            // handle from elsewhere could be any live or mentioned type's. Field access selects static constructors only.
            AddTypeFlow(offset, token, AccessedMembers.PublicFields | AccessedMembers.NonPublicFields);
            return true;
        }

        if (ReflectionApis.RunsNothingByReflection(owner.FullName, token.Name))
        {
            // MakeGenericType runs nothing: what the type it makes is used for is decided where it is used.
            return true;
        }

        if (ReflectionApis.Classify(owner.FullName, token.Name) is not { } rule)
        {
            return false;
        }

        string why = rule.Kind == ReflectionKind.AnyType
            ? "finds types or assemblies by a name known only at run time"
            : "runs members (" + ReflectionText.Members(rule.Members) + ") chosen at run time";
        var site = new ReflectionSite(offset, ReflectionText.Api(token), rule.Kind, Array.Empty<ResolvedType>(), rule.Members, why);
        if (ReflectionApis.RunsReflectedMember(owner.FullName, token.Name))
        {
            // Decided in Finish: bounded when every member object of the method is traced to a named type.
            (_memberRuns ??= new List<ReflectionSite>()).Add(site);
        }
        else
        {
            Add(site);
        }

        return true;
    }

    private IReadOnlyList<ResolvedType> TypeArguments(MemberToken token)
    {
        List<ResolvedType>? types = null;
        foreach (var argument in token.MethodArguments)
        {
            foreach (var named in argument.NamedTypes)
            {
                if (_store.Context.Types.Resolve(named) is { HasCode: true } type)
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
                if (_store.Context.Types.Resolve(named) is { HasCode: true } type)
                {
                    AddSite(offset, token, new[] { type }, parameters[i]);
                }
            }
            else if (argument.NamedTypes.Count == 0 && !ReflectionSignatures.IsPrimitive(argument) && !CarriesOwnAnnotation(argument))
            {
                // A generic parameter of this method or its type without an annotation of its own: the caller that binds
                // it is not told, so nothing bounds the type.
                AddSite(offset, token, ReflectionKind.LiveAndMentionedTypes,
                    "a type parameter of '" + _method.ShortName + "' reaches [DynamicallyAccessedMembers(" + ReflectionText.Members(parameters[i]) + ")]", parameters[i]);
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
        if (!text.StartsWith("!", StringComparison.Ordinal) || !int.TryParse(text.Substring(ofMethod ? 2 : 1), out int index))
        {
            return false;
        }

        var own = _store.Annotations.Of(_values.Own());
        var list = ofMethod ? own.MethodGenericParameters : own.TypeGenericParameters;
        return index < list.Count && list[index] != AccessedMembers.None;
    }

    private void AddTypeFlow(int offset, MemberToken token, AccessedMembers members) =>
        (_typeFlows ??= new List<(int, string, AccessedMembers)>()).Add((offset, ReflectionText.Api(token), members));

    private void Add(ReflectionSite site) => (_sites ??= new List<ReflectionSite>()).Add(site);

    private void AddSite(int offset, MemberToken token, ReflectionKind kind, string why, AccessedMembers members) =>
        Add(new ReflectionSite(offset, ReflectionText.Api(token), kind, Array.Empty<ResolvedType>(), members, why));

    private void AddSite(int offset, MemberToken token, IReadOnlyList<ResolvedType> types, AccessedMembers members) =>
        Add(new ReflectionSite(offset, ReflectionText.Api(token), ReflectionKind.Annotated, types, members,
            "[DynamicallyAccessedMembers(" + ReflectionText.Members(members) + ")] on a type parameter"));
}
