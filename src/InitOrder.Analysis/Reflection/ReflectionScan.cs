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
    private List<(int Offset, MemberToken Token, AccessedMembers Members, CalleeAnnotations? Annotations)>? _typeFlows;
    private Dictionary<int, MemberToken>? _typeStores;
    private MethodValues? _methodValues;
    private bool? _returnsAnnotatedType;
    private List<(int Offset, MemberToken Token, ReflectionReason Reason)>? _attributeReads;
    private List<ReflectionSite>? _delegatesByName;
    private List<(int Offset, MemberToken Token, ResolvedMethod Callee)>? _requiresUnreferencedCode;
    private List<ReflectionSite>? _sites;
    private HashSet<int>? _returnsConstructed;
    private HashSet<int>? _readsNoAttributes;

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

    /// <summary>
    /// <c>(Type)value</c>: a Type from an object (CustomAttributeTypedArgument.Value, a dictionary of objects) has an
    /// origin this method does not show.
    /// </summary>
    public void OnCast(DecodedType type) => _values.UnknownType |= type.Definition?.FullName is ReflectionSignatures.SystemType or "System.Reflection.TypeInfo";

    /// <summary>A field access: an entry into [RequiresUnreferencedCode] code, or a reflection value from elsewhere.</summary>
    /// <param name="store">stfld, stsfld, or the address of the field taken: a Type stored where [DynamicallyAccessedMembers] is is checked there.</param>
    public void OnField(int offset, MemberToken token, ResolvedType? staticDeclaringType, bool store = false)
    {
        if (store && ReflectionSignatures.HoldsTypeValue(token))
        {
            (_typeStores ??= new Dictionary<int, MemberToken>())[offset] = token;
        }

        if (staticDeclaringType is { } type && type.Assembly != _method.Assembly && !InsideRequiresUnreferencedCode &&
            _store.Annotations.TypeRequiresUnreferencedCode(type))
        {
            AddSite(offset, token, ReflectionKind.LiveAndMentionedTypes, ReflectionReason.RequiresUnreferencedCodeOnType, AccessedMembers.All);
        }

        _values.UnknownType |= ReflectionSignatures.HoldsTypeValue(token);
    }

    /// <summary><c>ldtoken</c> of a method or field: a lookup of that member (<see cref="MemberHandles"/>).</summary>
    public void OnMemberHandle(int offset, MemberToken token)
    {
        if (MemberHandles.Site(_store, _method, offset, token) is { } site)
        {
            Add(site);
        }
    }

    public void OnCall(int offset, MemberToken token, ResolvedMethod? resolved)
    {
        var owner = token.Owner?.Definition;
        if (owner is not null && ReflectionApis.ReturnsWhatItConstructs(owner.FullName, token.Name))
        {
            (_returnsConstructed ??= new HashSet<int>()).Add(offset);
        }

        if (owner is not null && ReflectionApis.ReadsNoAttributes(owner.FullName))
        {
            (_readsNoAttributes ??= new HashSet<int>()).Add(offset);
        }

        if (owner is not null && ReflectionApis.IsTypeLookupByName(owner.FullName, token.Name))
        {
            OnTypeLookup(offset, token);
            return;
        }

        if (owner is not null && ReflectionApis.IsAttributeLookup(owner.FullName, token.Name))
        {
            // Decided in Finish, from what it inspects; an annotation on it (TypeDescriptor.GetAttributes(Type)) applies too.
            (_attributeReads ??= new List<(int, MemberToken, ReflectionReason)>()).Add((offset, token, ReflectionReason.AttributeLookup));
        }

        if (owner is not null && ReflectionApis.IsAttributeDataLookup(owner.FullName, token.Name))
        {
            (_attributeReads ??= new List<(int, MemberToken, ReflectionReason)>()).Add((offset, token, ReflectionReason.AttributeArgumentsRead));
        }

        if (owner is not null && ReflectionApis.DecodesAttributeArguments(owner.FullName, token.Name))
        {
            AddSite(offset, token, ReflectionKind.AttributesOfAnyElement, ReflectionReason.AttributeArgumentsRead, AccessedMembers.None);
        }

        var annotations = resolved is null ? CalleeAnnotations.None : _store.Annotations.Of(resolved);
        _values.UnknownType |= ReflectionSignatures.ReturnsTypeValue(token, owner);

        // Annotations describe a call exactly where they name members of types; the table of reflective APIs covers what
        // they leave open (Assembly.GetTypes, Type.InvokeMember) and wins over a bare [RequiresUnreferencedCode] there.
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
            (_requiresUnreferencedCode ??= new List<(int, MemberToken, ResolvedMethod)>()).Add((offset, token, resolved!));
        }
    }

    /// <summary>The method's reflective calls, with every System.Type flow decided now that the whole body is seen.</summary>
    public ReflectionSite[]? Finish()
    {
        foreach (var (offset, token, reason) in _attributeReads ?? new List<(int, MemberToken, ReflectionReason)>())
        {
            Add(AttributeLookup(offset, token, reason));
        }

        foreach (var site in _delegatesByName ?? new List<ReflectionSite>())
        {
            Add(DelegateLookup(site) ?? site);
        }

        foreach (var (offset, token, callee) in _requiresUnreferencedCode ?? new List<(int, MemberToken, ResolvedMethod)>())
        {
            // DeserializeObject<Settings>(): Settings is what it works on first, so its members are reached from this call
            // even when the rule is already in force through an earlier call.
            string api = ReflectionText.Api(token);
            Add(HandedValues.Of(_store, token, Arguments.TryGetValue(offset, out var arguments) ? arguments : null) is { } handed
                ? new ReflectionSite(offset, api, ReflectionKind.HandedTypes, handed, AccessedMembers.All, ReflectionReason.RequiresUnreferencedCode,
                    Reflector: callee.DeclaringType.Assembly)
                : new ReflectionSite(offset, api, ReflectionKind.LiveAndMentionedTypes, TypeArguments(token), AccessedMembers.All, ReflectionReason.RequiresUnreferencedCode));
        }

        if (InsideRequiresUnreferencedCode)
        {
            // Only what an annotation or a known element bounds exactly; the rest is the entering call's.
            _sites?.RemoveAll(site => site.Kind != ReflectionKind.Annotated && site.Kind != ReflectionKind.Attributes);
            if (!_values.TypesAreExact)
            {
                _typeFlows = null;
                _typeStores = null;
            }
        }

        bool exact = (_typeFlows is not null || _typeStores is not null || ReturnsAnnotatedType) && _values.TypesAreExact;

        foreach (var (offset, token, members, annotations) in _typeFlows ?? new List<(int, MemberToken, AccessedMembers, CalleeAnnotations?)>())
        {
            string api = ReflectionText.Api(token);
            if (ConstantLookup(offset, token) is { } lookup)
            {
                // typeof(T).GetMethod("Name"): only the members of that name, as the trimmer's intrinsics resolve it.
                Add(new ReflectionSite(offset, api, ReflectionKind.Annotated, new[] { lookup.Type }, lookup.Members & members, ReflectionReason.ConstantName, Lookup: lookup));
                continue;
            }

            var handed = annotations is null || !Arguments.TryGetValue(offset, out var arguments)
                ? new List<(StackValue, AccessedMembers)> { (StackValue.Unknown, members) }
                : AnnotatedArguments(token, arguments, annotations);
            if (token.Owner?.Definition is { } owner && ReflectionApis.MakesObjectWithoutConstructor(owner.FullName, token.Name))
            {
                handed = handed.ConvertAll(value => (value.Item1, AccessedMembers.ObjectWithoutConstructor));
            }

            AddTypeValues(offset, api, handed, exact, NameLookupOnAnyType(offset, token));
        }

        foreach (var store in _typeStores is null ? new Dictionary<int, (StackValue, AccessedMembers)>() : Values.Stores)
        {
            if (_typeStores!.TryGetValue(store.Key, out var field))
            {
                AddTypeValues(store.Key, field.ShortName, new List<(StackValue, AccessedMembers)> { store.Value }, exact);
            }
        }

        foreach (var returned in ReturnsAnnotatedType ? Values.Returns : new Dictionary<int, StackValue>())
        {
            AddTypeValues(returned.Key, _method.ShortName, new List<(StackValue, AccessedMembers)> { (returned.Value, _store.Annotations.Of(_values.Own()).Return) }, exact);
        }

        if (_sites is not null && _sites.Exists(IsUnknownTypeFlow) && TrimSuppressions.VouchesForTypeFlows(_method.Assembly, _method.Handle))
        {
            _sites.RemoveAll(IsUnknownTypeFlow);
        }

        return _sites?.ToArray();
    }

    /// <summary>A Type this method cannot trace reaching an annotation: what a trim suppression vouches for (<see cref="TrimSuppressions"/>).</summary>
    private static bool IsUnknownTypeFlow(ReflectionSite site) =>
        site.Reason is ReflectionReason.TypeValueOfUnknownOrigin or ReflectionReason.UnannotatedTypeParameter;

    /// <summary>The values a call passes where [DynamicallyAccessedMembers] is (<c>this</c> or a parameter), with what each requires.</summary>
    private static List<(StackValue, AccessedMembers)> AnnotatedArguments(MemberToken token, StackValue[] arguments, CalleeAnnotations annotations)
    {
        int parameters = token.Signature.DecodeMethod()?.ParameterTypes.Length ?? arguments.Length;
        int first = arguments.Length > parameters ? 1 : 0;
        var handed = new List<(StackValue, AccessedMembers)>();
        if (annotations.This != AccessedMembers.None && first == 1)
        {
            handed.Add((arguments[0], ReflectionIntrinsics.Required(token, arguments, annotations.This)));
        }

        foreach (var (index, members) in annotations.TypeParameters)
        {
            handed.Add((index + first < arguments.Length ? arguments[index + first] : StackValue.Unknown, members));
        }

        return handed;
    }

    /// <summary>
    /// Type values reaching [DynamicallyAccessedMembers]: a value read from a place whose own annotation guarantees the
    /// members needs nothing here (its sources were checked where they entered that place, as the trimmer does), nor
    /// does null; a <c>typeof</c> is exact; anything else falls back to what the whole method shows.
    /// </summary>
    private void AddTypeValues(int offset, string api, List<(StackValue Value, AccessedMembers Required)> handed, bool exact, NameLookup? byName = null)
    {
        var open = AccessedMembers.None;
        var known = new List<ResolvedType>();
        bool allKnown = true;
        foreach (var (value, required) in handed)
        {
            if (value.Guarantees(required) || value.Kind is StackValueKind.Null or StackValueKind.CodelessType)
            {
                continue;
            }

            open |= required;
            if (value is { Kind: StackValueKind.Type, Type: { } type })
            {
                known.Add(type);
            }
            else
            {
                allKnown = false;
            }
        }

        if (open == AccessedMembers.None)
        {
            return;
        }

        Add(allKnown && known.Count > 0
            ? new ReflectionSite(offset, api, ReflectionKind.Annotated, known, open, ReflectionReason.AnnotatedTypeValue)
            : exact
                ? new ReflectionSite(offset, api, ReflectionKind.Annotated, _values.KnownTypes, open, ReflectionReason.AnnotatedTypeValue)
                : new ReflectionSite(offset, api, ReflectionKind.LiveAndMentionedTypes, Array.Empty<ResolvedType>(), byName is null ? open : open & byName.Members,
                    ReflectionReason.TypeValueOfUnknownOrigin, NameFilter: byName is null ? null : byName with { Members = open & byName.Members }));
    }

    /// <summary>
    /// The method returns a Type and its return carries [DynamicallyAccessedMembers]: each value returned is checked. Asked
    /// only of methods that name a type or read a Type from elsewhere; a Type passed through from a parameter is the
    /// callers' to check, as the trimmer has it (IL2068).
    /// </summary>
    private bool ReturnsAnnotatedType => _returnsAnnotatedType ??=
        (_values.UnknownType || _values.KnownTypes.Count > 0) && _values.ReturnsType && _store.Annotations.Of(_values.Own()).Return != AccessedMembers.None;

    /// <summary>Type.GetType("Ns.X") names its type like typeof; a name known only at run time could be any type.</summary>
    private void OnTypeLookup(int offset, MemberToken token)
    {
        if (LastString is not { } handle)
        {
            _values.UnknownType = true;
            AddSite(offset, token, ReflectionKind.AnyType, ReflectionReason.TypeLookupByRuntimeName, AccessedMembers.None);
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

            AddTypeFlow(offset, token, members, annotations);
            described = true;
        }

        return described;
    }

    /// <summary>The framework's reflection APIs no annotation describes; true when the call is one.</summary>
    private bool OnReflectionApi(int offset, MemberToken token, NamedType owner)
    {
        if (ReflectionApis.IsAttributeLookup(owner.FullName, token.Name))
        {
            // Recorded in OnCall: it constructs attributes, never the type it inspects.
            return true;
        }

        if (ReflectionApis.RunsStaticConstructor(owner.FullName, token.Name))
        {
            // The handle of a type this method names runs that static constructor (MethodFactsBuilder adds the edge); a
            // handle from elsewhere could be any live or mentioned type's. Field access selects static constructors only.
            AddTypeFlow(offset, token, AccessedMembers.PublicFields | AccessedMembers.NonPublicFields);
            return true;
        }

        if (ReflectionApis.RunsReflectedMember(owner.FullName, token.Name) || ReflectionApis.CreatesDelegateFromMember(owner.FullName, token))
        {
            // Invoke, GetValue, CreateDelegate(MethodInfo): the lookup that found the member reached it (MemberHandles).
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

        var reason = rule.Kind == ReflectionKind.AnyType ? ReflectionReason.TypesByRuntimeName : ReflectionReason.RunsMembersChosenAtRunTime;
        var site = new ReflectionSite(offset, ReflectionText.Api(token), rule.Kind, Array.Empty<ResolvedType>(), rule.Members, reason);
        if (ReflectionApis.CreatesDelegateByName(owner.FullName, token))
        {
            // Decided in Finish: a constant name on an object of a known type is a lookup on that type.
            (_delegatesByName ??= new List<ReflectionSite>()).Add(site);
            return true;
        }

        Add(site);
        if (ReflectionApis.FindsAnyMember(owner.FullName, token.Name))
        {
            // Module.ResolveMethod and Assembly.EntryPoint: a member of any type, mentioned or not, may come back.
            AddSite(offset, token, ReflectionKind.AnyType, ReflectionReason.TypesByRuntimeName, AccessedMembers.None);
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
            else if (BoundTypeArguments(argument) is { } boundTypes)
            {
                // new T() in the app's Cache<T>: the types the app binds to T, as if it had named them here.
                AddSite(offset, token, boundTypes, parameters[i]);
            }
            else if (argument.NamedTypes.Count == 0 && !ReflectionSignatures.IsPrimitive(argument) && !CarriesOwnAnnotation(argument))
            {
                // A generic parameter of this method or its type without an annotation of its own: the caller that binds
                // it is not told, so only its constraints bound the type.
                Add(new ReflectionSite(offset, ReflectionText.Api(token), ReflectionKind.LiveAndMentionedTypes, Array.Empty<ResolvedType>(), parameters[i],
                    ReflectionReason.UnannotatedTypeParameter, _method.ShortName, Constraints: OwnParameterConstraints(argument)));
            }
        }

        return bound;
    }

    /// <summary>
    /// What the analysed assembly binds to <c>!!n</c> or <c>!n</c> of its own method or type (<see cref="GenericBindings"/>),
    /// those with code; null when they are not all known, or this is a library's method.
    /// </summary>
    private IReadOnlyList<ResolvedType>? BoundTypeArguments(DecodedType argument)
    {
        if (_method.Assembly != _store.Context.Assemblies.Main || GenericParameterReference.Parse(argument.Text) is not { } parameter ||
            _store.MainGenerics.Of(_method, parameter) is not { } bound)
        {
            return null;
        }

        var types = new List<ResolvedType>();
        foreach (var type in bound)
        {
            if (type.Definition is { } named && _store.Context.Types.Resolve(named) is { HasCode: true } resolved && !types.Contains(resolved))
            {
                types.Add(resolved);
            }
        }

        return types;
    }

    /// <summary>The constraints of <c>!!0</c> or <c>!0</c> of this method or its type; null for anything else or no constraint.</summary>
    private TypeParameterConstraints? OwnParameterConstraints(DecodedType parameter)
    {
        var own = _values.Own();
        return GenericParameterReference.Parse(parameter.Text)?.In(own) is { } handle ? TypeParameterConstraints.Of(own.DeclaringType.Assembly, handle) : null;
    }

    /// <summary>
    /// <c>!!0</c> or <c>!0</c> annotated on this method or its type (a closure class's inherited from the method the lambda was
    /// written in, <see cref="GeneratedCodeAnnotations"/>): the callers that bind it are where the annotation is applied, as
    /// the trimmer does.
    /// </summary>
    private bool CarriesOwnAnnotation(DecodedType parameter) =>
        GenericParameterReference.Parse(parameter.Text) is { } reference && _store.Annotations.Of(_values.Own()).Of(reference) != AccessedMembers.None;

    /// <summary>
    /// GetCustomAttribute(s) on a known type or a member found by a constant name: the attributes applied there; on
    /// anything else, those applied to any live or mentioned type or member. GetCustomAttribute&lt;T&gt;() and
    /// GetCustomAttributes(typeof(T)) construct only attributes of type T.
    /// </summary>
    private ReflectionSite AttributeLookup(int offset, MemberToken token, ReflectionReason reason)
    {
        string api = ReflectionText.Api(token);
        Arguments.TryGetValue(offset, out var arguments);
        string? filter = token.MethodArguments.Count == 1 ? token.MethodArguments[0].Definition?.FullName : null;
        for (int i = 1; reason == ReflectionReason.AttributeLookup && filter is null && arguments is not null && i < arguments.Length; i++)
        {
            filter = arguments[i].Kind == StackValueKind.Type ? arguments[i].Type?.Name.FullName : null;
        }

        var element = arguments is { Length: > 0 } ? arguments[0] : StackValue.Unknown;
        if (element is { Kind: StackValueKind.Type, Type: { } type })
        {
            return new ReflectionSite(offset, api, ReflectionKind.Attributes, new[] { type }, AccessedMembers.None, reason, filter);
        }

        if (element is { Kind: StackValueKind.Member, Member: { } lookup })
        {
            return new ReflectionSite(offset, api, ReflectionKind.Attributes, new[] { lookup.Type }, lookup.Members, reason, filter, lookup);
        }

        return new ReflectionSite(offset, api, ReflectionKind.AttributesOfAnyElement, Array.Empty<ResolvedType>(), AccessedMembers.None, reason, filter,
            AttributeElements: AttributeElements.ReadBy(token));
    }

    /// <summary>
    /// <c>Delegate.CreateDelegate(typeof(D), target, "Name")</c>: the instance methods of that name on the target's static
    /// type (its overrides in live subtypes follow, <see cref="ReflectedOverrides"/>); null when the name or type is not known here.
    /// </summary>
    private ReflectionSite? DelegateLookup(ReflectionSite site)
    {
        if (!Arguments.TryGetValue(site.ILOffset, out var arguments) || arguments.Length < 3 || arguments[2].Kind != StackValueKind.String ||
            arguments[1].StaticType?.Definition is not { } named || _store.Context.Types.Resolve(named) is not { HasCode: true } type)
        {
            return null;
        }

        const AccessedMembers methods = AccessedMembers.PublicMethods | AccessedMembers.NonPublicMethods;
        var lookup = new MemberLookup(type, arguments[2].Text, ReflectionIntrinsics.Instance | ReflectionIntrinsics.Public | ReflectionIntrinsics.NonPublic, null, methods);
        return new ReflectionSite(site.ILOffset, site.Api, ReflectionKind.Annotated, new[] { type }, methods, ReflectionReason.ConstantName, Lookup: lookup);
    }

    private void AddTypeFlow(int offset, MemberToken token, AccessedMembers members, CalleeAnnotations? annotations = null) =>
        (_typeFlows ??= new List<(int, MemberToken, AccessedMembers, CalleeAnnotations?)>()).Add((offset, token, members, annotations));

    /// <summary>The values of this method's body; read once, and only for methods whose reflection needs them.</summary>
    private MethodValues Values => _methodValues ??= StackValues.Read(_store, _method, _values);

    private IReadOnlyDictionary<int, StackValue[]> Arguments => Values.Calls;

    /// <summary>GetMethod and its kin with a constant name and BindingFlags on a known type; null for any other call.</summary>
    private MemberLookup? ConstantLookup(int offset, MemberToken token) =>
        IsLookup(token) && Arguments.TryGetValue(offset, out var arguments) ? ReflectionIntrinsics.Lookup(token, arguments) : null;

    /// <summary>
    /// A constant-name lookup whose Type this method cannot trace: only members of that name, of whatever type it is. A
    /// nested-type lookup returns a Type, not something that runs, and keeps the rule for unknown Types.
    /// </summary>
    private NameLookup? NameLookupOnAnyType(int offset, MemberToken token) =>
        IsLookup(token) && Arguments.TryGetValue(offset, out var arguments) && ReflectionIntrinsics.NameLookupOf(token, arguments) is { } lookup &&
        (lookup.Members & (AccessedMembers.PublicNestedTypes | AccessedMembers.NonPublicNestedTypes)) == AccessedMembers.None
            ? lookup
            : null;

    private static bool IsLookup(MemberToken token) =>
        token.Name.StartsWith("Get", StringComparison.Ordinal) &&
        token.Owner?.Definition?.FullName is ReflectionSignatures.SystemType or "System.Reflection.RuntimeReflectionExtensions" or "System.Reflection.TypeInfo";

    private void Add(ReflectionSite site)
    {
        if (_returnsConstructed is not null && _returnsConstructed.Contains(site.ILOffset))
        {
            site = site with { ReturnsWhatItConstructs = true };
        }

        if (_readsNoAttributes is not null && _readsNoAttributes.Contains(site.ILOffset))
        {
            site = site with { ReadsAttributes = false };
        }

        (_sites ??= new List<ReflectionSite>()).Add(site);
    }

    private void AddSite(int offset, MemberToken token, ReflectionKind kind, ReflectionReason reason, AccessedMembers members) =>
        Add(new ReflectionSite(offset, ReflectionText.Api(token), kind, Array.Empty<ResolvedType>(), members, reason));

    private void AddSite(int offset, MemberToken token, IReadOnlyList<ResolvedType> types, AccessedMembers members) =>
        Add(new ReflectionSite(offset, ReflectionText.Api(token), ReflectionKind.Annotated, types, members, ReflectionReason.AnnotatedTypeParameter));
}
