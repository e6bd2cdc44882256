using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Reflection;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// The objects a call into framework code hands over, worked out once per token (see <see cref="ObjectHandOff"/>): the
/// receiver and every parameter, with the call's own type arguments put in, as the type names whose objects (and
/// subtypes' objects) framework code then holds, and what it may call on them (<see cref="FrameworkCallTable"/>).
/// <list type="bullet">
/// <item>An opaque parameter (<c>object</c>, a generic parameter, arrays and references of them) gets the table's family;
/// <c>object</c> stands for every type. A value a container method keeps is also recorded as stored in the container, so
/// it escapes when the container does, under any type it can be seen as.</item>
/// <item>A parameter of any other type is used through that type: every override is possible on its objects, and on
/// the objects its type arguments name. A non-generic collection or <c>Array</c> names no element type, so it stands for every type.</item>
/// <item>A delegate parameter is not an object handed over: the delegate rule decides whether the framework invokes it,
/// and what the delegate returns is then handed over (<see cref="ReturnedBy(DelegateType)"/>).</item>
/// </list>
/// </summary>
internal sealed class ObjectHandOffs
{
    private const string ObjectTypeName = "System.Object";

    // Types whose objects may be any array, or any non-generic collection, of anything.
    private static readonly HashSet<string> s_untypedContainers = new(StringComparer.Ordinal)
    {
        ObjectTypeName, "System.ValueType", "System.Array", "System.Collections.IEnumerable", "System.Collections.ICollection", "System.Collections.IList",
        "System.Collections.IDictionary", "System.Collections.IStructuralEquatable", "System.Collections.IStructuralComparable", "System.ICloneable",
        "System.Runtime.CompilerServices.ITuple", "System.Collections.IEnumerator", "System.Collections.IDictionaryEnumerator",
    };

    // Framework delegates that return nothing the framework could call back (void, bool, int).
    private static readonly HashSet<string> s_noReturnedObject = new(StringComparer.Ordinal)
    {
        "System.Action", "System.Action`1", "System.Action`2", "System.Action`3", "System.Action`4", "System.Action`5", "System.Action`6", "System.Action`7",
        "System.Action`8", "System.Predicate`1", "System.Comparison`1", "System.EventHandler", "System.EventHandler`1", "System.Threading.ThreadStart",
        "System.Threading.ParameterizedThreadStart", "System.Threading.WaitCallback", "System.Threading.TimerCallback", "System.AsyncCallback",
        "System.Threading.SendOrPostCallback", "System.Threading.ContextCallback", "System.ConsoleCancelEventHandler", "System.UnhandledExceptionEventHandler",
        "System.ResolveEventHandler",
    };

    private static readonly HandOffTarget Everything = new(CallbackFamily.All, null, null);

    // Dictionaries hash and compare their keys (TKey, !0); their values (TValue, !1) only where a method compares them.
    private static readonly HashSet<string> s_keyedContainers = new(StringComparer.Ordinal)
    {
        "System.Collections.Generic.Dictionary`2", "System.Collections.Concurrent.ConcurrentDictionary`2",
    };

    private readonly DelegateHandOffs _delegates;
    private readonly Dictionary<(MemberToken Token, bool Receiver), IReadOnlyList<HandOffTarget>> _byToken = new();
    private readonly Dictionary<MethodNode, IReadOnlyList<HandOffTarget>> _returned = new();

    public ObjectHandOffs(DelegateHandOffs delegates)
    {
        _delegates = delegates;
    }

    /// <summary>
    /// What a call of <paramref name="token"/> (resolved to <paramref name="resolved"/>, when it could be) into framework
    /// code hands over; <paramref name="receiver"/> is false for newobj, whose object is the framework's own.
    /// </summary>
    public IReadOnlyList<HandOffTarget> OfCall(MemberToken token, ResolvedMethod? resolved, bool receiver)
    {
        if (!_byToken.TryGetValue((token, receiver), out var targets))
        {
            targets = FindForCall(token, resolved, receiver);
            _byToken.Add((token, receiver), targets);
        }

        return targets;
    }

    /// <summary>
    /// What a call hands over when its arguments are known as <paramref name="arguments"/> (<c>this</c> first for an
    /// instance call): an argument passed where the parameter takes any object (<c>object</c>, <c>HashSet&lt;object&gt;.Add</c>)
    /// is handed as what its static type says it is, when that names less. Verifiable IL holds nothing else there: a
    /// <c>new Meter()</c> handed to <c>Console.WriteLine(object)</c> is a <c>Meter</c>. Worked out per call, not per token.
    /// </summary>
    public IReadOnlyList<HandOffTarget> OfCall(MemberToken token, ResolvedMethod? resolved, bool receiver, IReadOnlyList<StackValue> arguments) =>
        FindForCall(token, resolved, receiver, arguments);

    /// <summary>Whether <paramref name="targets"/> hand over objects of every type.</summary>
    public static bool HandsAnyObject(IReadOnlyList<HandOffTarget> targets)
    {
        foreach (var target in targets)
        {
            if (target.TypeName is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A store into a framework field: its objects are the framework's from then on.</summary>
    public static IReadOnlyList<HandOffTarget> OfFieldStore(MemberToken token)
    {
        var targets = new List<HandOffTarget>();
        if (token.SignatureText.IndexOf('!') >= 0 || token.SignatureText.StartsWith(ObjectTypeName, StringComparison.Ordinal))
        {
            targets.Add(Everything);
            return targets;
        }

        foreach (var named in token.SignatureTypes)
        {
            targets.Add(new HandOffTarget(CallbackFamily.All, s_untypedContainers.Contains(named.FullName) ? null : named.FullName, null));
        }

        return targets;
    }

    /// <summary>
    /// What a delegate of <paramref name="type"/> handed to the framework call <paramref name="call"/> returns to it: as
    /// the table says the call treats what it is handed (<c>Task.Run</c> keeps the result in the task it returns).
    /// </summary>
    public IReadOnlyList<HandOffTarget> ReturnedTo(MemberToken call, bool receiver, DelegateType type)
    {
        var targets = ReturnedBy(type);
        var family = call.Owner?.Definition is { } owner ? FrameworkCallTable.FamilyOf(owner.FullName, call.Name) : CallbackFamily.All;
        if (family == CallbackFamily.All || targets.Count == 0)
        {
            return targets;
        }

        NamedType? container;
        try
        {
            container = call.Signature.DecodeMethod() is { } signature ? ContainerOf(call, signature, receiver) : null;
        }
        catch (BadImageFormatException)
        {
            return targets;
        }

        var narrowed = new List<HandOffTarget>(targets.Count);
        foreach (var target in targets)
        {
            narrowed.Add(target with { Family = family, Container = container ?? target.Container });
        }

        return narrowed;
    }

    /// <summary>What a delegate of <paramref name="type"/> returns to the framework code that invokes it.</summary>
    public IReadOnlyList<HandOffTarget> ReturnedBy(DelegateType type)
    {
        var targets = new List<HandOffTarget>();
        if (type.Definition is not { } definition)
        {
            targets.Add(Everything);
        }
        else if (s_noReturnedObject.Contains(definition))
        {
            return targets;
        }
        else if (definition.StartsWith("System.Func`", StringComparison.Ordinal) && type.Arguments.Count > 0)
        {
            Collect(type.Arguments[type.Arguments.Count - 1], null, CallbackFamily.All, null, targets);
        }
        else
        {
            // Another delegate type: whatever its type arguments or its Invoke's return type name.
            foreach (var argument in type.Arguments)
            {
                Collect(argument, null, CallbackFamily.All, null, targets);
            }

            targets.Add(Everything);
        }

        return targets;
    }

    /// <summary>
    /// What <paramref name="method"/> gives back to framework code that calls it (a callback, a member reflection runs):
    /// its return value and what it writes through <c>ref</c> and <c>out</c> parameters.
    /// </summary>
    public IReadOnlyList<HandOffTarget> ReturnedBy(MethodNode method)
    {
        if (!_returned.TryGetValue(method, out var targets))
        {
            var list = new List<HandOffTarget>();
            try
            {
                var definition = method.Assembly.Reader.GetMethodDefinition(method.Handle);
                var signature = definition.DecodeSignature(method.Assembly.Names.Provider, null);
                if (ForwardingBody.CallReturnedAsIs(method) is { } forwarded && forwarded.Signature.DecodeMethod() is { } callee)
                {
                    // return Inner(): what the callee returns, whose type says more than this method's (IEnumerator).
                    Collect(callee.ReturnType, forwarded, CallbackFamily.All, null, list);
                }
                else
                {
                    Collect(signature.ReturnType, null, CallbackFamily.All, null, list);
                }

                foreach (var parameter in signature.ParameterTypes)
                {
                    if (parameter.Text.EndsWith("&", StringComparison.Ordinal))
                    {
                        Collect(parameter, null, CallbackFamily.All, null, list);
                    }
                }
            }
            catch (BadImageFormatException)
            {
                list.Add(Everything);
            }

            targets = list;
            _returned.Add(method, targets);
        }

        return targets;
    }

    /// <summary>The instance fields of <paramref name="type"/>, whose values reflection hands to its caller.</summary>
    public static IReadOnlyList<HandOffTarget> InFieldsOf(ResolvedType type)
    {
        var list = new List<HandOffTarget>();
        var reader = type.Assembly.Reader;
        foreach (var handle in type.Definition.GetFields())
        {
            var field = reader.GetFieldDefinition(handle);
            if ((field.Attributes & System.Reflection.FieldAttributes.Static) != 0)
            {
                continue;
            }

            try
            {
                Collect(field.DecodeSignature(type.Assembly.Names.Provider, null), null, CallbackFamily.All, null, list);
            }
            catch (BadImageFormatException)
            {
                list.Add(Everything);
            }
        }

        return list;
    }

    private IReadOnlyList<HandOffTarget> FindForCall(MemberToken token, ResolvedMethod? resolved, bool receiver, IReadOnlyList<StackValue>? arguments = null)
    {
        var targets = new List<HandOffTarget>();
        var owner = token.Owner;
        if (owner?.Definition is { } ownerType && _delegates.IsDelegate(ownerType))
        {
            // Invoke runs the delegate's target (followed, or a framework method whose creation was a hand-off); the
            // constructor keeps the target, which the framework compares by reference only.
            return targets;
        }

        var family = owner?.Definition is { } named ? FrameworkCallTable.FamilyOf(named.FullName, token.Name) : CallbackFamily.All;
        MethodSignature<DecodedType> signature;
        try
        {
            if (token.Signature.DecodeMethod() is not { } decoded)
            {
                targets.Add(Everything);
                return targets;
            }

            signature = decoded;
        }
        catch (BadImageFormatException)
        {
            targets.Add(Everything);
            return targets;
        }

        var container = family == CallbackFamily.All ? null : ContainerOf(token, signature, receiver);
        var valueFamily = ValueFamily(owner, token.Name, family);
        if (receiver && signature.Header.IsInstance && owner is not null)
        {
            CollectReceiver(owner, resolved, family, valueFamily, targets);
        }

        int firstArgument = receiver && signature.Header.IsInstance ? 1 : 0;
        for (int i = 0; i < signature.ParameterTypes.Length; i++)
        {
            var parameter = signature.ParameterTypes[i];
            if (!IsDelegateParameter(parameter, token))
            {
                var parameterFamily = ParameterFamily(parameter, family);
                var handed = arguments is not null && firstArgument + i < arguments.Count ? Shown(parameter, token, arguments[firstArgument + i]) : null;
                if (parameterFamily == family && valueFamily != family && SignatureTypeText.ElementOf(parameter.Text) == "!1")
                {
                    // A dictionary's value: stored in the container, not hashed or compared.
                    Collect(handed ?? parameter, handed is null ? token : null, valueFamily, container, targets);
                    continue;
                }

                Collect(handed ?? parameter, handed is null ? token : null, parameterFamily, parameterFamily == family ? container : null, targets);
            }
        }

        return targets;
    }

    /// <summary>
    /// The argument's static type, when the parameter would hand any object and that type does not: the object is of that
    /// type or derives from it. Null to keep the parameter's own type. Only a plain value's static type is its own: for
    /// a <c>typeof</c>, a type handle or a member found by name, <see cref="StackValue.StaticType"/> is what the value
    /// stands for, not the reflection object handed.
    /// </summary>
    private static DecodedType? Shown(DecodedType parameter, MemberToken token, StackValue argument)
    {
        if (argument.Kind is not (StackValueKind.Unknown or StackValueKind.String) || argument.StaticType is not { } shown)
        {
            return null;
        }

        var declared = new List<HandOffTarget>();
        Collect(parameter, token, CallbackFamily.All, null, declared);
        if (!HandsAnyObject(declared))
        {
            return null;
        }

        var narrowed = new List<HandOffTarget>();
        Collect(shown, null, CallbackFamily.All, null, narrowed);
        return HandsAnyObject(narrowed) ? null : shown;
    }

    /// <summary>
    /// The receiver of an instance call. An interface method's implementation is followed code (dispatch shows it) or
    /// the framework's own object's, so only what such objects keep is handed. <c>Object</c>'s virtuals may run an
    /// implementation inherited from another framework class. Any other framework method may run on an object of a
    /// followed type deriving from its class.
    /// </summary>
    private static void CollectReceiver(DecodedType owner, ResolvedMethod? resolved, CallbackFamily family, CallbackFamily valueFamily, List<HandOffTarget> targets)
    {
        bool abstractInterfaceMethod = resolved is not null && resolved.DeclaringType.IsInterface &&
            (resolved.Attributes & System.Reflection.MethodAttributes.Abstract) != 0;
        if (abstractInterfaceMethod && owner.Definition is { } definition)
        {
            if (owner.GenericArguments.Count == 0)
            {
                Add(targets, family, s_untypedContainers.Contains(definition.FullName) ? null : definition.FullName, null, HandOffReach.Contents);
            }

            foreach (var argument in owner.GenericArguments)
            {
                Collect(argument, null, family, null, targets);
            }

            return;
        }

        if (resolved?.DeclaringType.Name.FullName == ObjectTypeName && family != CallbackFamily.All)
        {
            Add(targets, family, null, null, HandOffReach.ObjectMethodReceiver);
            return;
        }

        if (valueFamily != family && owner.Definition is { } keyed && owner.GenericArguments.Count == 2)
        {
            Add(targets, family, keyed.FullName, null, HandOffReach.ObjectsOfInstantiation);
            Collect(owner.GenericArguments[0], null, family, null, targets);
            Collect(owner.GenericArguments[1], null, valueFamily, null, targets);
            return;
        }

        Collect(owner, null, family, null, targets);
    }

    /// <summary>
    /// What a dictionary's method calls on its values: nothing, but where it compares them (<c>ContainsValue</c>,
    /// <c>TryUpdate</c>'s comparison value, <c>TryRemove</c> of a pair, an explicit <c>ICollection&lt;KeyValuePair&gt;</c>
    /// member). Every other container's values are its keys.
    /// </summary>
    private static CallbackFamily ValueFamily(DecodedType? owner, string methodName, CallbackFamily family) =>
        family == CallbackFamily.Equality && owner?.Definition is { } definition && s_keyedContainers.Contains(definition.FullName) &&
        methodName is not ("ContainsValue" or "TryUpdate" or "TryRemove") && methodName.IndexOf('.', 1) < 0
            ? CallbackFamily.None
            : family;

    /// <summary>
    /// What the table's family covers: opaque values (<c>object</c>, a generic parameter, an array, spans of them),
    /// comparers (for hashing and sorting) and format providers (for formatting). A parameter of any other type, a
    /// collection above all, is used through that type, so every override is possible on it.
    /// </summary>
    private static CallbackFamily ParameterFamily(DecodedType parameter, CallbackFamily family)
    {
        if (family == CallbackFamily.All)
        {
            return family;
        }

        string element = SignatureTypeText.ElementOf(parameter.Text);
        if (element.StartsWith("!", StringComparison.Ordinal) || element is ObjectTypeName or "System.Array" or "System.ValueType")
        {
            return family;
        }

        string? definition = parameter.Definition?.FullName;
        if (definition is "System.ReadOnlySpan`1" or "System.Span`1" or "System.ReadOnlyMemory`1" or "System.Memory`1" && parameter.GenericArguments.Count == 1)
        {
            return ParameterFamily(parameter.GenericArguments[0], family);
        }

        return definition switch
        {
            "System.Collections.Generic.IEqualityComparer`1" or "System.Collections.IEqualityComparer" or "System.Collections.Generic.IComparer`1" or
                "System.Collections.IComparer" => family | CallbackFamily.Equality,
            "System.IFormatProvider" => family | CallbackFamily.Formatting,
            _ => CallbackFamily.All,
        };
    }

    /// <summary>
    /// Where a container method keeps what it is handed: the receiver of an instance method, the object a constructor
    /// makes, or the generic type a static factory returns (<c>Tuple.Create</c>, <c>Task.FromResult</c>).
    /// </summary>
    private static NamedType? ContainerOf(MemberToken token, MethodSignature<DecodedType> signature, bool receiver)
    {
        if (signature.Header.IsInstance || !receiver && token.Name == ".ctor")
        {
            return token.Owner?.GenericArguments.Count > 0 ? token.Owner.Definition : null;
        }

        var returned = signature.ReturnType;
        return returned.Definition is { } definition && returned.GenericArguments.Count > 0 ? definition : null;
    }

    private bool IsDelegateParameter(DecodedType parameter, MemberToken token)
    {
        var type = SignatureTypeText.Substitute(parameter, token);
        return type.Definition is { } definition && (definition.FullName is "System.Delegate" or "System.MulticastDelegate" || _delegates.IsDelegate(definition));
    }

    /// <summary>
    /// Adds the type names <paramref name="type"/> stands for: its definition and, recursively, its type arguments and
    /// elements. A generic parameter is replaced by the call's type argument when <paramref name="token"/> is given;
    /// one that cannot be (the caller's own, or a nested one), and <c>object</c>, stand for every type.
    /// </summary>
    private static void Collect(DecodedType type, MemberToken? token, CallbackFamily family, NamedType? container, List<HandOffTarget> targets)
    {
        if (family == CallbackFamily.None && container is null)
        {
            return;
        }

        string text = type.Text;
        string element = SignatureTypeText.ElementOf(text);
        if (element.StartsWith("!", StringComparison.Ordinal))
        {
            var argument = token is null ? null : SignatureTypeText.ArgumentFor(element, token);
            if (argument is null)
            {
                Add(targets, family, null, container);
            }
            else
            {
                Collect(argument, null, family, container, targets);
            }

            return;
        }

        if (element == ObjectTypeName)
        {
            Add(targets, family, null, container);
            return;
        }

        if (type.Definition is { } definition && ReferenceEquals(element, text))
        {
            var reach = type.GenericArguments.Count > 0 ? HandOffReach.ObjectsOfInstantiation : HandOffReach.Objects;
            Add(targets, family, s_untypedContainers.Contains(definition.FullName) ? null : definition.FullName, container, reach);
            foreach (var argument in type.GenericArguments)
            {
                Collect(argument, token, family, container, targets);
            }

            return;
        }

        if (text.IndexOf('!') >= 0)
        {
            // A generic parameter inside an array or reference of an instantiation keeps no structure to substitute: anything.
            Add(targets, family, null, container);
            return;
        }

        foreach (var named in type.NamedTypes)
        {
            Add(targets, family, s_untypedContainers.Contains(named.FullName) ? null : named.FullName, container);
        }
    }

    private static void Add(List<HandOffTarget> targets, CallbackFamily family, string? name, NamedType? container, HandOffReach reach = HandOffReach.Objects)
    {
        var target = new HandOffTarget(family, name, container, reach);
        if (!targets.Contains(target))
        {
            targets.Add(target);
        }
    }
}
