using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Facts.Storage;
using InitOrder.Analysis.IL;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Reflection;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// Scans one method's IL and turns each token into edges (what may run) and mentions (what is named).
/// Throws <see cref="System.BadImageFormatException"/> for a malformed body; <see cref="CodeGraph"/> reports it.
/// </summary>
internal sealed class MethodFactsBuilder
{
    private const string RuntimeHelpersType = "System.Runtime.CompilerServices.RuntimeHelpers";
    private const string RunClassConstructorMethod = "RunClassConstructor";

    private static readonly HandOffTarget ThrownException = new(CallbackFamily.All, "System.Exception", null);

    private readonly FactStore _store;
    private readonly MethodNode _method;
    private readonly FactsCollector _facts;
    // Created when first needed: nearly every method has neither, and a big analysis scans hundreds of thousands.
    private List<NamedType>? _typeHandlesLoaded;
    private List<int>? _runClassConstructorCalls;
    private readonly ScannedTokenSet _scanned;
    private readonly ReflectionScan _reflection;

    // ldftn waits for the next instruction: a newobj of a delegate makes it a delegate creation, anything else
    // (a function pointer) runs the method as a call would.
    private (int ILOffset, MethodNode Target)? _loadedFunction;

    // Delegate.Method waits for the next instruction too: a user that only describes the MethodInfo invokes nothing
    // (MethodOfDelegateUse). Its tokens are kept because a repeated token is not scanned again.
    private int? _methodOfDelegate;
    private HashSet<EntityHandle>? _methodOfDelegateTokens;

    // Calls to object's slots are narrowed by their receiver, which differs per call: their tokens are scanned at each use.
    private ObjectSlotReceivers? _objectSlotReceivers;
    private ReceiverBounds? _receiverBounds;
    private Dictionary<EntityHandle, (MemberToken Token, NamedType DeclaringType, ResolvedMethod? Resolved)>? _objectSlotCalls;

    // So are virtual calls a receiver class can narrow (ReceiverBounds): one call's receiver may be a known class and the
    // next call of the same token's anything, and skipping the repeat would keep only the first call's narrow set.
    private Dictionary<EntityHandle, (MemberToken Token, NamedType DeclaringType)>? _narrowableCalls;
    private DecodedType? _constrainedType;

    // Guards/GuardRule scans a guarded method again in parts: the instructions outside its guarded regions, then each guard's.
    private readonly System.Func<int, bool>? _includes;

    public MethodFactsBuilder(FactStore store, MethodNode method, System.Func<int, bool>? includes = null)
    {
        _includes = includes;
        _store = store;
        _method = method;
        _facts = new FactsCollector(store, method);
        _reflection = new ReflectionScan(store, method);

        // The outermost scan reuses the store's set; one per method was a large share of a big analysis's garbage.
        _scanned = store.Scratch.Depth == 1 ? store.Scratch.ScannedTokens : new ScannedTokenSet();
    }

    public FactsRecord Build()
    {
        var body = _method.Assembly.GetBody(_method.Handle);
        if (body is null)
        {
            return FactsRecord.Empty;
        }

        bool constrained = false;
        UserStringHandle? pushedString = null;
        foreach (var instruction in ILDecoder.Read(body.GetILReader()))
        {
            if (_includes is not null && !_includes(instruction.Offset))
            {
                // Left out: what waited for the next instruction keeps its conservative reading, as at the end of a body.
                FlushPending();
                constrained = false;
                pushedString = null;
                continue;
            }

            if (_methodOfDelegate is { } lookup)
            {
                _methodOfDelegate = null;
                if (!MethodOfDelegateUse.OnlyDescribes(_method.Assembly, instruction))
                {
                    _facts.InvokeDelegate(lookup, DelegateType.Any, null);
                }
            }

            if (!instruction.HasToken)
            {
                if (instruction.OpCode == ILOpCode.Throw)
                {
                    // The runtime holds a thrown exception: handlers in framework code and the unhandled-exception
                    // report call its overrides.
                    _facts.HandOff(instruction.Offset, ThrownException);
                }

                continue;
            }

            bool wasConstrained = constrained;
            constrained = instruction.OpCode == ILOpCode.Constrained;
            var constrainedType = wasConstrained ? _constrainedType : null;
            _constrainedType = constrained ? _method.Assembly.Names.Decode(instruction.TokenHandle) : null;
            if (_loadedFunction is { } function)
            {
                _loadedFunction = null;
                FinishLoadedFunction(function.ILOffset, function.Target, instruction);
            }

            // Type.GetType("Name") names its type with the string pushed by the token instruction just before.
            var previousString = pushedString;
            pushedString = instruction.OpCode == ILOpCode.Ldstr ? StringHandle(instruction) : null;
            _reflection.LastString = previousString;

            // A repeated token adds nothing but its not-followed count; skipping it keeps big bodies cheap. What a rule
            // reads from a call's site rather than its token is read again below (RepeatedTokenTests holds the two equal).
            // An ldftn is never a repeat: the next instruction says what the function is loaded for (a delegate of another
            // type than the first time, or a function pointer that runs it), and ldftn is rare enough to scan each time.
            if (instruction.OpCode != ILOpCode.Ldftn && !_scanned.Add(instruction.Token, instruction.OpCode, wasConstrained) && !_store.ScanRepeatedTokens)
            {
                if (_methodOfDelegateTokens is not null && instruction.OpCode is ILOpCode.Call or ILOpCode.Callvirt && _methodOfDelegateTokens.Contains(instruction.TokenHandle))
                {
                    _methodOfDelegate = instruction.Offset;
                }

                if (instruction.OpCode == ILOpCode.Callvirt && _objectSlotCalls is not null && _objectSlotCalls.TryGetValue(instruction.TokenHandle, out var slotCall))
                {
                    AddObjectSlotDispatch(instruction.Offset, slotCall.Token, slotCall.DeclaringType, constrainedType, slotCall.Resolved);
                }

                if (instruction.OpCode is ILOpCode.Callvirt or ILOpCode.Ldvirtftn && _narrowableCalls is not null && _narrowableCalls.TryGetValue(instruction.TokenHandle, out var narrowable))
                {
                    _facts.AddDispatch(instruction.Offset, DispatchSetAt(instruction.Offset, narrowable.Token, narrowable.DeclaringType));
                }

                NoteRepeat(instruction);
                continue;
            }

            switch (instruction.OpCode)
            {
                case ILOpCode.Constrained:
                    ScanTypeToken(instruction);
                    break;
                case ILOpCode.Call:
                case ILOpCode.Callvirt:
                case ILOpCode.Newobj:
                case ILOpCode.Ldftn:
                case ILOpCode.Ldvirtftn:
                case ILOpCode.Jmp:
                    ScanMethodToken(instruction, wasConstrained, constrainedType);
                    break;
                case ILOpCode.Ldfld:
                case ILOpCode.Ldflda:
                case ILOpCode.Stfld:
                case ILOpCode.Ldsfld:
                case ILOpCode.Ldsflda:
                case ILOpCode.Stsfld:
                    ScanFieldToken(instruction);
                    break;
                case ILOpCode.Ldtoken:
                    ScanLdtoken(instruction);
                    break;
                case ILOpCode.Ldstr:
                case ILOpCode.Calli:
                    // A string literal, or a standalone signature: nothing that runs or is named.
                    break;
                case ILOpCode.Castclass:
                case ILOpCode.Isinst:
                case ILOpCode.Unbox_any:
                    _reflection.OnCast(ScanTypeToken(instruction));
                    break;
                default:
                    ScanTypeToken(instruction);
                    break;
            }
        }

        FlushPending();

        // RuntimeHelpers.RunClassConstructor(typeof(X).TypeHandle) runs X's static constructor explicitly.
        foreach (int callOffset in _runClassConstructorCalls ?? (IEnumerable<int>)System.Array.Empty<int>())
        {
            foreach (var type in _typeHandlesLoaded ?? (IEnumerable<NamedType>)System.Array.Empty<NamedType>())
            {
                _facts.TriggerStaticConstructor(callOffset, _store.Context.Types.Resolve(type), StaticConstructorTrigger.Explicit);
            }
        }

        return _facts.Build(_reflection.Finish());
    }

    /// <summary>What waits for the next instruction, read as if none came: an invoked MethodInfo, a function run as a call.</summary>
    private void FlushPending()
    {
        if (_methodOfDelegate is { } lastLookup)
        {
            _methodOfDelegate = null;
            _facts.InvokeDelegate(lastLookup, DelegateType.Any, null);
        }

        if (_loadedFunction is { } last)
        {
            _loadedFunction = null;
            _facts.AddEdge(last.ILOffset, last.Target, EdgeKind.Delegate);
        }

        _constrainedType = null;
    }

    private static UserStringHandle? StringHandle(ILInstruction instruction)
    {
        var handle = System.Reflection.Metadata.Ecma335.MetadataTokens.Handle(instruction.Token);
        return handle.Kind == HandleKind.UserString ? (UserStringHandle)handle : null;
    }

    private void ScanMethodToken(ILInstruction instruction, bool constrained, DecodedType? constrainedType)
    {
        int offset = instruction.Offset;
        var token = MemberOperand(instruction, expectMethod: true);
        var owner = token.Owner?.Definition;
        _facts.Apply(offset, _store.Tokens.SummaryOf(token), handsOutTypes: true);
        if (instruction.OpCode == ILOpCode.Newobj && owner is not null)
        {
            _facts.Instantiate(offset, _store.Context.Types.Resolve(owner), InstantiationKind.Created);
        }

        if (owner?.FullName == RuntimeHelpersType && token.Name == RunClassConstructorMethod)
        {
            (_runClassConstructorCalls ??= new List<int>()).Add(offset);
        }

        var resolved = _store.Context.Members.ResolveMethod(_method.Assembly, token);
        bool dispatches = instruction.OpCode == ILOpCode.Callvirt || instruction.OpCode == ILOpCode.Ldvirtftn || constrained;
        var declaringType = resolved?.DeclaringType.Name ?? owner;
        bool throughDispatchSet = dispatches && declaringType is not null && (resolved is null || resolved.IsVirtual);
        if (resolved is not null)
        {
            // A virtual target runs only for a live receiver: its dispatch set (which holds it) decides, not a direct edge.
            if (instruction.OpCode == ILOpCode.Ldftn)
            {
                if (HasBody(resolved))
                {
                    _loadedFunction = (offset, _store.Node(resolved));
                }
            }
            else if (!throughDispatchSet)
            {
                _facts.AddEdge(offset, resolved, MethodOpCodes.EdgeKindOf(instruction.OpCode));
            }

            _facts.TriggerStaticConstructor(offset, resolved.DeclaringType, StaticConstructorTrigger.MemberAccess);
            _facts.TriggerModuleInitializer(offset, resolved.DeclaringType.Assembly);
        }

        _facts.TriggerStaticConstructor(offset, owner is null ? null : _store.Context.Types.Resolve(owner), StaticConstructorTrigger.MemberAccess);
        foreach (var (type, constructor) in ConstructedTypeArguments.Find(_store.Context, token, resolved))
        {
            // new T() in the callee: the framework runs this type argument's constructor (and so its static constructor).
            _facts.AddEdge(offset, _store.Node(type.Assembly, constructor), EdgeKind.NewObject);
            _facts.TriggerStaticConstructor(offset, type, StaticConstructorTrigger.MemberAccess);
            _facts.Instantiate(offset, type, ConstructedTypeArguments.KindOf(token));
        }

        _reflection.OnCall(offset, token, resolved);
        UnfollowedCalls.Note(_store.Context, _facts, _method, offset, token, resolved);
        NoteDelegateInvocations(offset, token, resolved, owner);
        if (_methodOfDelegate == offset)
        {
            (_methodOfDelegateTokens ??= new HashSet<EntityHandle>()).Add(instruction.TokenHandle);
        }
        bool objectSlot = throughDispatchSet && instruction.OpCode == ILOpCode.Callvirt && ObjectSlotReceivers.IsObjectSlot(declaringType!, token.Name);
        if (IsOutsideAnalysedCode(resolved) && !objectSlot)
        {
            foreach (var target in HandedOver(offset, token, resolved, receiver: instruction.OpCode != ILOpCode.Newobj))
            {
                _facts.HandOff(offset, target);
            }
        }

        if (objectSlot)
        {
            (_objectSlotCalls ??= new Dictionary<EntityHandle, (MemberToken, NamedType, ResolvedMethod?)>())[instruction.TokenHandle] = (token, declaringType!, resolved);
            AddObjectSlotDispatch(offset, token, declaringType!, constrainedType, resolved);
        }
        else if (throughDispatchSet)
        {
            var set = _store.DispatchSets.Get(token, declaringType!);
            // Only in the analysed assembly's own code: reading receivers costs a pass over the body, and a library's
            // methods would pay it on every verification while the app's are what the user writes and changes.
            if (instruction.OpCode is ILOpCode.Callvirt or ILOpCode.Ldvirtftn && constrainedType is null && _method.Assembly == _store.Context.Assemblies.Main &&
                ReceiverBounds.MayNarrow(set))
            {
                (_narrowableCalls ??= new Dictionary<EntityHandle, (MemberToken, NamedType)>())[instruction.TokenHandle] = (token, declaringType!);
                set = DispatchSetAt(offset, token, declaringType!);
            }

            _facts.AddDispatch(offset, set);
        }
    }

    /// <summary>
    /// What a call into framework code hands over. In the analysed assembly's own code, an argument passed as any object
    /// is handed as what the body shows it to be (<see cref="ObjectHandOffs.OfCall(MemberToken, ResolvedMethod?, bool, IReadOnlyList{StackValue})"/>);
    /// a library's methods keep the per-token answer, as reading their bodies again would cost every verification.
    /// </summary>
    private IReadOnlyList<HandOffTarget> HandedOver(int offset, MemberToken token, ResolvedMethod? resolved, bool receiver)
    {
        var targets = _store.ObjectHandOffs.OfCall(token, resolved, receiver);
        if (_method.Assembly != _store.Context.Assemblies.Main || !ObjectHandOffs.HandsAnyObject(targets) ||
            (_receiverBounds ??= new ReceiverBounds(_store, _method)).ArgumentsAt(offset) is not { } arguments)
        {
            return targets;
        }

        return _store.ObjectHandOffs.OfCall(token, resolved, receiver, arguments);
    }

    /// <summary>The dispatch set of a narrowable virtual call: only what its receiver's class can run, when the body shows that class.</summary>
    private DispatchSet DispatchSetAt(int offset, MemberToken token, NamedType declaringType) =>
        (_receiverBounds ??= new ReceiverBounds(_store, _method)).ClassBelow(offset, declaringType) is { } bound
            ? _store.DispatchSets.Get(declaringType, token.Name, token.Shape, bound)
            : _store.DispatchSets.Get(token, declaringType);

    /// <summary>
    /// A call to object's ToString, GetHashCode or Equals: only the overrides its receiver can run, and framework code
    /// holds it only when a framework implementation can run on it (<see cref="ObjectSlotReceivers"/>).
    /// </summary>
    private void AddObjectSlotDispatch(int offset, MemberToken token, NamedType declaringType, DecodedType? constrainedType, ResolvedMethod? resolved)
    {
        // constrained. T on a type parameter of the app's own generic method: what the types bound to T run.
        if (constrainedType is not null && BoundTypeArguments(constrainedType) is { } bound)
        {
            foreach (var argument in bound)
            {
                AddObjectSlotDispatchOn(offset, token, declaringType, argument, resolved);
            }

            return;
        }

        AddObjectSlotDispatchOn(offset, token, declaringType, constrainedType, resolved);
    }

    /// <summary>The types the analysed assembly binds to a type parameter of this method or its type (<see cref="GenericBindings"/>); null when not all are known.</summary>
    private IReadOnlyList<DecodedType>? BoundTypeArguments(DecodedType type) =>
        _method.Assembly == _store.Context.Assemblies.Main && GenericParameterReference.Parse(type.Text) is { } parameter
            ? _store.MainGenerics.Of(_method, parameter)
            : null;

    private void AddObjectSlotDispatchOn(int offset, MemberToken token, NamedType declaringType, DecodedType? constrainedType, ResolvedMethod? resolved)
    {
        _objectSlotReceivers ??= new ObjectSlotReceivers(_store, _receiverBounds ??= new ReceiverBounds(_store, _method));
        var receiver = _objectSlotReceivers.Of(offset, constrainedType, token.Name, token.Shape);
        if (IsOutsideAnalysedCode(resolved) && receiver?.Kind != ObjectSlotReceiverKind.Primitive)
        {
            foreach (var target in _store.ObjectHandOffs.OfCall(token, resolved, receiver: true))
            {
                if (receiver is null || receiver.Kind == ObjectSlotReceiverKind.Other && token.Name == "Equals")
                {
                    // Equals also hands over its argument, typed object.
                    _facts.HandOff(offset, target);
                }
                else if (receiver.Kind == ObjectSlotReceiverKind.Other)
                {
                    // A framework implementation may run: it holds the receiver, as what it is known to be rather than as any object.
                    _facts.HandOff(offset, target.TypeName is null ? target with { TypeName = receiver.Bound!.FullName } : target);
                }
                else if (target.Reach == HandOffReach.ObjectMethodReceiver)
                {
                    // Its own override runs (dispatch below), or object's, which calls nothing back.
                    _facts.HandOff(offset, target with { Family = CallbackFamily.None });
                }
            }
        }

        if (receiver is null)
        {
            _facts.AddDispatch(offset, _store.DispatchSets.Get(token, declaringType));
            return;
        }

        if (receiver.Bound is { } bound)
        {
            _facts.AddDispatch(offset, _store.DispatchSets.Get(bound, token.Name, token.Shape));
        }

        foreach (var inherited in receiver.Inherited)
        {
            _facts.AddEdge(offset, inherited, EdgeKind.VirtualDispatch);
        }
    }

    /// <summary>The newobj right after an ldftn decides what the loaded function is (see <see cref="_loadedFunction"/>).</summary>
    private void FinishLoadedFunction(int ilOffset, MethodNode target, ILInstruction next)
    {
        if (next.OpCode == ILOpCode.Newobj)
        {
            var token = _method.Assembly.Members.Get(next.TokenHandle);
            if (token.IsMethod && token.Owner is { Definition: { } owner } delegateType && _store.HandOffs.IsDelegate(owner))
            {
                _facts.CreateDelegate(ilOffset, target, DelegateType.Of(delegateType));
                return;
            }
        }

        _facts.AddEdge(ilOffset, target, EdgeKind.Delegate);
    }

    /// <summary>
    /// Where delegates may run: Invoke of a delegate, Delegate.DynamicInvoke, Lazy&lt;T&gt;.Value, and any call that hands
    /// delegates to framework code (no body to follow), unless that code is known to keep them for later
    /// (<see cref="DelegateSinks"/>).
    /// </summary>
    private void NoteDelegateInvocations(int offset, MemberToken token, ResolvedMethod? resolved, NamedType? owner)
    {
        if (owner is null)
        {
            return;
        }

        if ((token.Name == "Invoke" || token.Name == "BeginInvoke") && _store.HandOffs.IsDelegate(owner))
        {
            _facts.InvokeDelegate(offset, DelegateType.Of(token.Owner!), null);
        }
        else if (DelegateSinks.FindsMethodOfDelegate(owner.FullName, token.Name))
        {
            _methodOfDelegate = offset;
        }
        else if (DelegateSinks.InvokesAnyDelegate(owner.FullName, token.Name))
        {
            _facts.InvokeDelegate(offset, DelegateType.Any, null);
        }
        else if (DelegateSinks.RunsLazyFactory(owner.FullName, token.Name))
        {
            var argument = token.Owner!.GenericArguments.Count == 1 ? token.Owner.GenericArguments : DecodedType.NoArguments;
            _facts.InvokeDelegate(offset, new DelegateType("System.Func`1", argument), token.ShortName);
        }
        else if (IsOutsideAnalysedCode(resolved))
        {
            if (DelegateSinks.KeptForLater(owner.FullName, token.Name) is { } why)
            {
                if (_store.HandOffs.Of(token, resolved).Count > 0)
                {
                    _facts.Note(NotFollowedNote.KeptForLater(token.ShortName, why, _method, offset));
                }
            }
            else if (!DelegateSinks.InvokesNothingNow(owner.FullName, token.Name))
            {
                foreach (var handed in _store.HandOffs.Of(token, resolved))
                {
                    _facts.InvokeDelegate(offset, handed, token.ShortName);

                    // What the delegate returns is the framework's.
                    foreach (var target in _store.ObjectHandOffs.ReturnedTo(token, receiver: true, handed))
                    {
                        _facts.HandOff(offset, target);
                    }
                }
            }
        }
    }

    private bool IsDelegateInvoke(NamedType owner, string name) =>
        (name == "Invoke" || name == "BeginInvoke" || name == "DynamicInvoke") && _store.HandOffs.IsDelegate(owner);

    /// <summary>
    /// Framework code seen through reference assemblies (abstract members included: an implementation may be the
    /// framework's), a method that could not be resolved, or a native one. What it is handed is out of sight.
    /// </summary>
    private static bool IsOutsideAnalysedCode(ResolvedMethod? method)
    {
        if (method is not { DeclaringType.HasCode: true })
        {
            return true;
        }

        var definition = method.DeclaringType.Assembly.Reader.GetMethodDefinition(method.Handle);
        return definition.RelativeVirtualAddress == 0 && (definition.Attributes & System.Reflection.MethodAttributes.Abstract) == 0;
    }

    private static bool HasBody(ResolvedMethod? method) =>
        method is { DeclaringType.HasCode: true } && method.DeclaringType.Assembly.Reader.GetMethodDefinition(method.Handle).RelativeVirtualAddress != 0;

    private void ScanFieldToken(ILInstruction instruction)
    {
        int offset = instruction.Offset;
        var token = MemberOperand(instruction, expectMethod: false);
        _facts.Apply(offset, _store.Tokens.SummaryOf(token), handsOutTypes: true);
        var owner = token.Owner?.Definition;
        var declaringType = _store.Context.Members.ResolveFieldDeclaringType(_method.Assembly, token);
        bool isStatic = instruction.OpCode == ILOpCode.Ldsfld || instruction.OpCode == ILOpCode.Ldsflda || instruction.OpCode == ILOpCode.Stsfld;
        _reflection.OnField(offset, token, isStatic ? declaringType : null, store: instruction.OpCode is ILOpCode.Stfld or ILOpCode.Stsfld or ILOpCode.Ldflda or ILOpCode.Ldsflda);
        if (instruction.OpCode is ILOpCode.Stfld or ILOpCode.Stsfld or ILOpCode.Ldflda or ILOpCode.Ldsflda && declaringType is not { HasCode: true })
        {
            foreach (var target in ObjectHandOffs.OfFieldStore(token))
            {
                _facts.HandOff(offset, target);
            }
        }

        if (isStatic && declaringType is { HasCode: true })
        {
            _facts.AccessStaticField(offset, new StaticField(declaringType, token.Name), isWrite: instruction.OpCode == ILOpCode.Stsfld);
        }

        var trigger = isStatic ? StaticConstructorTrigger.StaticFieldAccess : StaticConstructorTrigger.MemberAccess;
        _facts.TriggerStaticConstructor(offset, owner is null ? null : _store.Context.Types.Resolve(owner), trigger);
        _facts.TriggerStaticConstructor(offset, declaringType, trigger);
    }

    /// <summary>
    /// The decoded operand of a method or field instruction. A call naming a field (or a field access naming a
    /// method) is invalid IL the runtime refuses to compile; following it as if it were valid would hide that.
    /// </summary>
    private MemberToken MemberOperand(ILInstruction instruction, bool expectMethod)
    {
        var token = _method.Assembly.Members.Get(instruction.TokenHandle);
        if (token.IsMethod != expectMethod)
        {
            throw new System.BadImageFormatException(
                instruction.OpCode + " at IL_" + instruction.Offset.ToString("X4") + " names a " + (token.IsMethod ? "method" : "field") + ".");
        }

        return token;
    }

    private void NoteRepeat(ILInstruction instruction)
    {
        if (MethodOpCodes.Contains(instruction.OpCode))
        {
            var token = _method.Assembly.Members.Get(instruction.TokenHandle);
            var resolved = _store.Context.Members.ResolveMethod(_method.Assembly, token);
            UnfollowedCalls.Note(_store.Context, _facts, _method, instruction.Offset, token, resolved);

            // Every call is reflection's to see again: Type.GetType("A") and Type.GetType("B") share a token but name two
            // types, and so do ServiceDescriptor.Singleton(typeof(IA<>), typeof(A<>)) and (typeof(IB<>), typeof(B<>)).
            _reflection.OnCall(instruction.Offset, token, resolved);
        }
        else if (instruction.OpCode is ILOpCode.Stfld or ILOpCode.Stsfld or ILOpCode.Ldflda or ILOpCode.Ldsflda)
        {
            // Every store is checked where [DynamicallyAccessedMembers] is: a second store into one field can hold another type.
            _reflection.OnField(instruction.Offset, _method.Assembly.Members.Get(instruction.TokenHandle), null, store: true);
        }
    }

    private void ScanLdtoken(ILInstruction instruction)
    {
        var handle = instruction.TokenHandle;
        if (handle.Kind == HandleKind.TypeDefinition || handle.Kind == HandleKind.TypeReference || handle.Kind == HandleKind.TypeSpecification)
        {
            var type = ScanTypeToken(instruction);
            _reflection.OnTypeHandle(type);
            if (type.Definition is not null)
            {
                (_typeHandlesLoaded ??= new List<NamedType>()).Add(type.Definition);
            }

            return;
        }

        // A method or field handle runs nothing by itself; it is a lookup of that member (Reflection/MemberHandles), and the
        // handle of a delegate's Invoke (an expression tree's a.Invoke(b)) is a way to invoke that delegate type.
        var token = _method.Assembly.Members.Get(handle);
        _facts.Apply(instruction.Offset, _store.Tokens.SummaryOf(token), handsOutTypes: false);
        _reflection.OnMemberHandle(instruction.Offset, token);
        if (token.IsMethod && token.Owner?.Definition is { } owner && IsDelegateInvoke(owner, token.Name))
        {
            _facts.InvokeDelegate(instruction.Offset, DelegateType.Of(token.Owner), null);
        }
    }

    /// <summary>Type tokens (typeof, box, initobj, castclass...) name a type without running its static constructor.</summary>
    private DecodedType ScanTypeToken(ILInstruction instruction)
    {
        var type = _method.Assembly.Names.Decode(instruction.TokenHandle);
        _facts.Apply(instruction.Offset, _store.Tokens.SummaryOf(type), handsOutTypes: true);
        return type;
    }
}
