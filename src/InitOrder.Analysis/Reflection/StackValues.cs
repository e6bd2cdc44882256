using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.IL;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// The values each call of one method is handed, as far as the method's own body shows: constants, <c>typeof</c>,
/// members found by a constant name, and otherwise the static type of where a value came from. This is the
/// trimmer's intraprocedural view of a call's arguments, run only for methods with a reflective call that needs it.
/// <para>
/// Locals and parameters are flow-insensitive: a slot holds what every store to it could have put there, so a loop
/// or a later store never makes a value look more certain than it is. At a jump target the stack is what the jumps
/// and the fall-through agree on. Anything the model does not know becomes <see cref="StackValue.Unknown"/>.
/// </para>
/// </summary>
internal sealed class StackValues
{
    private const int MaxSlotPasses = 4;
    private const int MaxDepth = 256;

    private readonly FactStore _store;
    private readonly MethodNode _method;
    private readonly ValueOrigins _origins;
    private readonly MethodBodyBlock _body;
    private readonly Dictionary<int, StackValue> _slots = new();
    private readonly Dictionary<int, StackValue> _slotsBefore = new();
    private readonly Dictionary<int, List<StackValue>> _jumps = new();
    private readonly HashSet<int> _handlerStarts = new();
    private readonly Dictionary<int, StackValue[]> _calls = new();
    private readonly Dictionary<int, (StackValue Value, AccessedMembers Required)> _stores = new();
    private readonly Dictionary<int, StackValue> _returns = new();
    private CalleeAnnotations _own = CalleeAnnotations.None;
    private TokenValues? _tokenValues;
    private bool _instance;
    private readonly List<StackValue> _stack = new();
    private DecodedType[] _locals = Array.Empty<DecodedType>();
    private DecodedType[] _parameters = Array.Empty<DecodedType>();

    // Delegate flow only (ReadDelegates): the recorder, the instruction taking values off the stack, and whether locals
    // lost what they hold (slots that did not settle).
    private DelegateRecorder? _delegates;
    private ILOpCode _consumer;
    private bool _slotsUnsettled;

    private StackValues(FactStore store, MethodNode method, ValueOrigins origins, MethodBodyBlock body)
    {
        _store = store;
        _method = method;
        _origins = origins;
        _body = body;
    }

    /// <summary>
    /// For each call or newobj at an IL offset: what it is handed, <c>this</c> first; each Type stored into a field carrying
    /// [DynamicallyAccessedMembers], and each value returned when the method's return carries it. Empty when the body
    /// cannot be read.
    /// </summary>
    public static MethodValues Read(FactStore store, MethodNode method, ValueOrigins origins)
    {
        var body = method.Assembly.GetBody(method.Handle);
        if (body is null)
        {
            return MethodValues.Empty;
        }

        var values = new StackValues(store, method, origins, body);
        try
        {
            values.Run();
        }
        catch (Exception e) when (e is BadImageFormatException || e is ArgumentException || e is InvalidCastException || e is IndexOutOfRangeException)
        {
            // Nothing certain about a body that cannot be read: every call keeps the rule it had without values.
            return MethodValues.Empty;
        }

        return new MethodValues(values._calls, values._stores, values._returns);
    }

    /// <summary>
    /// Where each delegate the body invokes may come from, and where the ones it creates or reads from
    /// <paramref name="trackedFieldRow"/>'s fields go (see <see cref="Facts.DelegateFlow"/>); null when the body cannot be
    /// read. The body is handed in: delegate flow reads every method of the assembly, reached or not.
    /// </summary>
    public static MethodDelegateValues? ReadDelegates(FactStore store, MethodNode method, MethodBodyBlock body, Func<int, int?> trackedFieldRow)
    {
        var values = new StackValues(store, method, new ValueOrigins(store, method), body);
        values._delegates = new DelegateRecorder(store, trackedFieldRow);
        try
        {
            values.Run();
        }
        catch (Exception e) when (e is BadImageFormatException || e is ArgumentException || e is InvalidCastException || e is IndexOutOfRangeException)
        {
            return null;
        }

        return values._delegates.Result();
    }

    private void Run()
    {
        ReadSignatures();
        foreach (var region in _body.ExceptionRegions)
        {
            if (region.Kind == ExceptionRegionKind.Catch || region.Kind == ExceptionRegionKind.Filter)
            {
                _handlerStarts.Add(region.HandlerOffset);
                if (region.Kind == ExceptionRegionKind.Filter)
                {
                    _handlerStarts.Add(region.FilterOffset);
                }
            }
        }

        // Slots settle in a few passes; a body that does not settle keeps only static types.
        for (int pass = 0; pass < MaxSlotPasses; pass++)
        {
            _slotsBefore.Clear();
            foreach (var slot in _slots)
            {
                _slotsBefore.Add(slot.Key, slot.Value);
            }

            Pass();
            if (SlotsSettled())
            {
                return;
            }
        }

        _slots.Clear();
        foreach (var key in new List<int>(_slotsBefore.Keys))
        {
            _slots[key] = StackValue.Of(SlotType(key));
        }

        _slotsUnsettled = true;
        Pass();
    }

    private bool SlotsSettled()
    {
        if (_slots.Count != _slotsBefore.Count)
        {
            return false;
        }

        foreach (var slot in _slots)
        {
            if (!_slotsBefore.TryGetValue(slot.Key, out var before) || before != slot.Value)
            {
                return false;
            }
        }

        return true;
    }

    private void ReadSignatures()
    {
        var reader = _method.Assembly.Reader;
        var provider = _method.Assembly.Names.Provider;
        var definition = reader.GetMethodDefinition(_method.Handle);
        var signature = definition.DecodeSignature(provider, null);
        var parameters = new List<DecodedType>();
        if (signature.Header.IsInstance)
        {
            parameters.Add(_method.Assembly.Names.Decode(definition.GetDeclaringType()));
        }

        parameters.AddRange(signature.ParameterTypes);
        _parameters = parameters.ToArray();
        _instance = signature.Header.IsInstance;
        _own = _store.Annotations.Of(_origins.Own());
        _tokenValues = new TokenValues(_store, _method, _own);
        if (!_body.LocalSignature.IsNil)
        {
            _locals = reader.GetStandaloneSignature(_body.LocalSignature).DecodeLocalSignature(provider, null).ToArray<DecodedType>();
        }
    }

    private TokenValues Tokens => _tokenValues ?? throw new InvalidOperationException("The signatures are read first.");

    // Slots: parameters at their index, locals at 0x10000 + index.
    private const int LocalSlot = 0x10000;

    private DecodedType? SlotType(int slot) =>
        slot >= LocalSlot ? (slot - LocalSlot < _locals.Length ? _locals[slot - LocalSlot] : null) : (slot < _parameters.Length ? _parameters[slot] : null);

    /// <summary>What the previous pass found stored in the slot; at first only its declared type.</summary>
    private StackValue Load(int slot)
    {
        var value = _slotsBefore.TryGetValue(slot, out var before) ? before : Initial(slot);
        // Slots that did not settle may hold more than the last pass saw: a delegate read from one comes from anywhere.
        return _slotsUnsettled && value.Delegates is not null ? value with { Delegates = null } : value;
    }

    /// <summary>A parameter holds what callers passed: only its type, and the members its annotation makes them guarantee.</summary>
    private StackValue Initial(int slot) =>
        slot >= LocalSlot || (_instance && slot == 0)
            ? StackValue.Of(SlotType(slot))
            : StackValue.Of(SlotType(slot), _own.Parameter(_instance ? slot - 1 : slot));

    private void Store(int slot, StackValue value)
    {
        if (_delegates is not null && (slot < LocalSlot || _slotsUnsettled))
        {
            // A parameter slot holds what callers passed too, and an unsettled local is read as unknown: not followed.
            _delegates.Escape(value);
        }

        // A parameter also holds what the caller passed, which this body cannot see.
        var merged = slot < LocalSlot ? StackValue.Merge(Initial(slot), value) : value;
        _slots[slot] = _slots.TryGetValue(slot, out var before) ? StackValue.Merge(before, merged) : merged;
    }

    private void Pass()
    {
        _delegates?.StartPass();
        _stack.Clear();
        _jumps.Clear();
        bool reachable = true;
        var reader = _body.GetILReader();
        while (reader.RemainingBytes > 0)
        {
            int offset = reader.Offset;
            if (_jumps.TryGetValue(offset, out var jumped))
            {
                if (!reachable || _stack.Count != jumped.Count)
                {
                    _stack.Clear();
                    _stack.AddRange(jumped);
                }
                else
                {
                    for (int i = 0; i < _stack.Count; i++)
                    {
                        _stack[i] = StackValue.Merge(_stack[i], jumped[i]);
                    }
                }
            }
            else if (!reachable)
            {
                _stack.Clear();
            }

            if (_handlerStarts.Contains(offset))
            {
                EscapeStack();
                _stack.Clear();
                _stack.Add(StackValue.Unknown);
            }

            reachable = Step(ref reader, offset);
            if (_stack.Count > MaxDepth)
            {
                throw new BadImageFormatException("The evaluation stack grows past " + MaxDepth + ".");
            }
        }
    }

    /// <summary>Applies one instruction; false when control does not fall through to the next one.</summary>
    private bool Step(ref BlobReader reader, int offset)
    {
        byte first = reader.ReadByte();
        var code = first == ILOpCodeTable.TwoBytePrefix ? (ILOpCode)((ILOpCodeTable.TwoBytePrefix << 8) | reader.ReadByte()) : (ILOpCode)first;
        _consumer = code;
        switch (code)
        {
            case ILOpCode.Ldftn:
                reader.ReadInt32();
                Push(_delegates is null ? StackValue.Unknown : new StackValue(StackValueKind.Unknown, null, Number: offset, Delegates: DelegateSources.FunctionPointer));
                return true;
            case ILOpCode.Ldarg_0: case ILOpCode.Ldarg_1: case ILOpCode.Ldarg_2: case ILOpCode.Ldarg_3:
                Push(Load(code - ILOpCode.Ldarg_0));
                return true;
            case ILOpCode.Ldloc_0: case ILOpCode.Ldloc_1: case ILOpCode.Ldloc_2: case ILOpCode.Ldloc_3:
                Push(Load(LocalSlot + (code - ILOpCode.Ldloc_0)));
                return true;
            case ILOpCode.Stloc_0: case ILOpCode.Stloc_1: case ILOpCode.Stloc_2: case ILOpCode.Stloc_3:
                Store(LocalSlot + (code - ILOpCode.Stloc_0), Pop());
                return true;
            case ILOpCode.Ldarg_s: Push(Load(reader.ReadByte())); return true;
            case ILOpCode.Ldarg: Push(Load(reader.ReadUInt16())); return true;
            case ILOpCode.Starg_s: Store(reader.ReadByte(), Pop()); return true;
            case ILOpCode.Starg: Store(reader.ReadUInt16(), Pop()); return true;
            case ILOpCode.Ldloc_s: Push(Load(LocalSlot + reader.ReadByte())); return true;
            case ILOpCode.Ldloc: Push(Load(LocalSlot + reader.ReadUInt16())); return true;
            case ILOpCode.Stloc_s: Store(LocalSlot + reader.ReadByte(), Pop()); return true;
            case ILOpCode.Stloc: Store(LocalSlot + reader.ReadUInt16(), Pop()); return true;
            case ILOpCode.Ldarga_s: AddressTaken(reader.ReadByte()); return true;
            case ILOpCode.Ldarga: AddressTaken(reader.ReadUInt16()); return true;
            case ILOpCode.Ldloca_s: AddressTaken(LocalSlot + reader.ReadByte()); return true;
            case ILOpCode.Ldloca: AddressTaken(LocalSlot + reader.ReadUInt16()); return true;
            case ILOpCode.Ldnull: Push(new StackValue(StackValueKind.Null, null)); return true;
            case ILOpCode.Ldc_i4_m1: case ILOpCode.Ldc_i4_0: case ILOpCode.Ldc_i4_1: case ILOpCode.Ldc_i4_2: case ILOpCode.Ldc_i4_3:
            case ILOpCode.Ldc_i4_4: case ILOpCode.Ldc_i4_5: case ILOpCode.Ldc_i4_6: case ILOpCode.Ldc_i4_7: case ILOpCode.Ldc_i4_8:
                PushInt(code - ILOpCode.Ldc_i4_0);
                return true;
            case ILOpCode.Ldc_i4_s: PushInt(reader.ReadSByte()); return true;
            case ILOpCode.Ldc_i4: PushInt(reader.ReadInt32()); return true;
            case ILOpCode.Ldc_i8: reader.ReadInt64(); Push(StackValue.Unknown); return true;
            case ILOpCode.Ldc_r4: reader.ReadInt32(); Push(StackValue.Unknown); return true;
            case ILOpCode.Ldc_r8: reader.ReadInt64(); Push(StackValue.Unknown); return true;
            case ILOpCode.Dup: var top = Pop(); Push(top); Push(top); return true;
            case ILOpCode.Pop: Pop(); return true;
            case ILOpCode.Ldstr:
                Push(new StackValue(StackValueKind.String, null, _method.Assembly.Reader.GetUserString(MetadataTokens.UserStringHandle(reader.ReadInt32() & 0xFFFFFF))));
                return true;
            case ILOpCode.Call: case ILOpCode.Callvirt: case ILOpCode.Newobj:
                Call(offset, code, MetadataTokens.EntityHandle(reader.ReadInt32()));
                return true;
            case ILOpCode.Ldvirtftn:
                // The object whose override the delegate will run, kept like a call's receiver.
                reader.ReadInt32();
                _calls[offset] = new[] { Pop() };
                Push(StackValue.Unknown);
                return true;
            case ILOpCode.Calli:
            case ILOpCode.Jmp:
            case ILOpCode.Ret:
            case ILOpCode.Throw:
            case ILOpCode.Rethrow:
            case ILOpCode.Endfinally:
                if (code == ILOpCode.Calli || code == ILOpCode.Jmp)
                {
                    reader.ReadInt32();
                }

                if (code == ILOpCode.Ret && _own.Return != AccessedMembers.None && _stack.Count > 0)
                {
                    _returns[offset] = _stack[_stack.Count - 1];
                }

                // Returned, handed to a function pointer, thrown: gone where this method does not show.
                EscapeStack();

                // calli's signature is not read: what is left of the stack is no longer known.
                _stack.Clear();
                if (code == ILOpCode.Calli)
                {
                    Push(StackValue.Unknown);
                    return true;
                }

                return false;
            case ILOpCode.Br_s: Jump(offset, reader.ReadSByte() + reader.Offset); return false;
            case ILOpCode.Br: Jump(offset, reader.ReadInt32() + reader.Offset); return false;
            case ILOpCode.Leave_s: EscapeStack(); _stack.Clear(); Jump(offset, reader.ReadSByte() + reader.Offset); return false;
            case ILOpCode.Leave: EscapeStack(); _stack.Clear(); Jump(offset, reader.ReadInt32() + reader.Offset); return false;
            case ILOpCode.Brfalse_s: case ILOpCode.Brtrue_s:
                Pop(); Jump(offset, reader.ReadSByte() + reader.Offset); return true;
            case ILOpCode.Brfalse: case ILOpCode.Brtrue:
                Pop(); Jump(offset, reader.ReadInt32() + reader.Offset); return true;
            case ILOpCode.Beq_s: case ILOpCode.Bne_un_s: case ILOpCode.Bge_s: case ILOpCode.Bge_un_s: case ILOpCode.Bgt_s:
            case ILOpCode.Bgt_un_s: case ILOpCode.Ble_s: case ILOpCode.Ble_un_s: case ILOpCode.Blt_s: case ILOpCode.Blt_un_s:
                Pop(); Pop(); Jump(offset, reader.ReadSByte() + reader.Offset); return true;
            case ILOpCode.Beq: case ILOpCode.Bne_un: case ILOpCode.Bge: case ILOpCode.Bge_un: case ILOpCode.Bgt:
            case ILOpCode.Bgt_un: case ILOpCode.Ble: case ILOpCode.Ble_un: case ILOpCode.Blt: case ILOpCode.Blt_un:
                Pop(); Pop(); Jump(offset, reader.ReadInt32() + reader.Offset); return true;
            case ILOpCode.Switch:
                Pop();
                uint count = reader.ReadUInt32();
                if (count > (uint)reader.RemainingBytes / 4)
                {
                    throw new BadImageFormatException("Switch has more targets than bytes left.");
                }

                int end = reader.Offset + (int)count * 4;
                for (uint i = 0; i < count; i++)
                {
                    Jump(offset, reader.ReadInt32() + end);
                }

                return true;
            case ILOpCode.Ldfld: Pop(); Push(Tokens.Field(reader.ReadInt32())); return true;
            case ILOpCode.Ldsfld:
            {
                int token = reader.ReadInt32();
                var value = Tokens.StaticField(token);
                Push(_delegates is null ? value : _delegates.LoadStatic(token, value));
                return true;
            }

            case ILOpCode.Ldflda: Pop(); StoreField(offset, reader.ReadInt32(), StackValue.Unknown); Push(StackValue.Unknown); return true;
            case ILOpCode.Ldsflda: StoreField(offset, reader.ReadInt32(), StackValue.Unknown); Push(StackValue.Unknown); return true;
            case ILOpCode.Stfld: StoreField(offset, reader.ReadInt32(), Pop()); Pop(); return true;
            case ILOpCode.Stsfld:
            {
                int token = reader.ReadInt32();
                var value = Pop();
                StoreField(offset, token, value);
                _delegates?.StoreStatic(offset, token, value);
                return true;
            }

            case ILOpCode.Ldtoken: Push(Tokens.Type(reader.ReadInt32())); return true;
            case ILOpCode.Box: Pop(); Push(StackValue.Of(Tokens.TypeOf(reader.ReadInt32()))); return true;
            case ILOpCode.Unbox_any: case ILOpCode.Ldobj: Pop(); Push(StackValue.Of(Tokens.TypeOf(reader.ReadInt32()))); return true;
            case ILOpCode.Castclass: case ILOpCode.Isinst:
            {
                var value = Pop();
                var type = Tokens.TypeOf(reader.ReadInt32());
                // A cast to an interface says less than a class the value is already known to be: the object is both. The
                // class is kept apart (receivers read it), so what reflection is handed stays the type the code names.
                var known = value.Class ?? (IsClass(value.StaticType) ? value.StaticType : null);
                bool keepsClass = value.Kind == StackValueKind.Unknown && type is not null && known is not null && IsInterface(type);
                Push(value.Kind == StackValueKind.Unknown && type is not null ? StackValue.Of(type) with { Class = keepsClass ? known : null } : value);
                return true;
            }

            case ILOpCode.Newarr:
            {
                var length = Pop();
                reader.ReadInt32();
                Push(length.Kind == StackValueKind.Int32 ? new StackValue(StackValueKind.Array, null, Number: length.Number) : StackValue.Unknown);
                return true;
            }

            case ILOpCode.Or: case ILOpCode.And: case ILOpCode.Add:
            {
                var right = Pop();
                var left = Pop();
                if (left.Kind == StackValueKind.Int32 && right.Kind == StackValueKind.Int32)
                {
                    PushInt(code == ILOpCode.Or ? left.Number | right.Number : code == ILOpCode.And ? left.Number & right.Number : left.Number + right.Number);
                }
                else
                {
                    Push(StackValue.Unknown);
                }

                return true;
            }

            case ILOpCode.Conv_i4: case ILOpCode.Conv_u4: case ILOpCode.Conv_i: case ILOpCode.Conv_u:
                // An int constant stays the same constant through these.
                Push(Pop());
                return true;
            default:
                return Other(ref reader, code);
        }
    }

    /// <summary>Instructions whose values the model does not track: only their stack depth matters.</summary>
    private bool Other(ref BlobReader reader, ILOpCode code)
    {
        int first = (int)code;
        var kind = first > 0xFF ? ILOpCodeTable.TwoByte((byte)first) : ILOpCodeTable.OneByte((byte)first);
        switch (kind)
        {
            case ILOperandKind.Invalid:
                throw new BadImageFormatException("Invalid opcode " + code + ".");
            case ILOperandKind.Int8: reader.ReadByte(); break;
            case ILOperandKind.Int16: reader.ReadUInt16(); break;
            case ILOperandKind.Int32: case ILOperandKind.Token: reader.ReadInt32(); break;
            case ILOperandKind.Int64: reader.ReadInt64(); break;
        }

        var (pops, pushes) = StackEffects.Of(code);
        for (int i = 0; i < pops; i++)
        {
            Pop();
        }

        for (int i = 0; i < pushes; i++)
        {
            Push(StackValue.Unknown);
        }

        return true;
    }

    private void Call(int offset, ILOpCode code, EntityHandle handle)
    {
        var token = _method.Assembly.Members.Get(handle);
        var signature = token.Signature.DecodeMethod() ?? throw new BadImageFormatException("A call names a field.");
        bool hasThis = signature.Header.IsInstance && code != ILOpCode.Newobj;
        int count = signature.ParameterTypes.Length + (hasThis ? 1 : 0);
        var arguments = new StackValue[count];
        for (int i = count - 1; i >= 0; i--)
        {
            arguments[i] = Pop();
        }

        _calls[offset] = arguments;
        string? created = _delegates?.OnCall(offset, code, token, arguments);
        if (code == ILOpCode.Newobj)
        {
            Push(created is null ? StackValue.Of(token.Owner) : new StackValue(StackValueKind.Unknown, token.Owner, Delegates: created));
            return;
        }

        if (signature.ReturnType.Text == "System.Void")
        {
            return;
        }

        Push(ReflectionIntrinsics.Result(_store, _origins, token, arguments) ?? Constructed(token, arguments) ??
            StackValue.Of(Facts.SignatureTypeText.Substitute(signature.ReturnType, token), Tokens.ReturnAnnotation(token)));
    }

    /// <summary>
    /// <c>Activator.CreateInstance(typeof(C))</c> and <c>GetUninitializedObject(typeof(C))</c> return a <c>C</c>
    /// (<c>Activator.CreateInstance&lt;C&gt;()</c> says so in its signature).
    /// </summary>
    private static StackValue? Constructed(MemberToken token, StackValue[] arguments) =>
        arguments.Length == 1 && arguments[0] is { Kind: StackValueKind.Type, StaticType: { } type } &&
        token.Owner?.Definition?.FullName is { } owner && ReflectionApis.ReturnsWhatItConstructs(owner, token.Name)
            ? StackValue.Of(type)
            : null;

    private bool IsClass(DecodedType? type) =>
        type?.Definition is { } named && !TypeHierarchy.IsUniversalRoot(named.FullName) && !type.Text.EndsWith("]", StringComparison.Ordinal) &&
        _store.Context.Types.Resolve(named) is { IsInterface: false };

    private bool IsInterface(DecodedType type) =>
        type.Definition is { } named && _store.Context.Types.Resolve(named) is { IsInterface: true };

    private void Jump(int from, int target)
    {
        if (target <= from)
        {
            // A backward jump: C# leaves the stack empty there, and the slots carry the loop's values; what other IL leaves is not followed.
            EscapeStack();
            return;
        }

        if (_jumps.TryGetValue(target, out var known))
        {
            if (known.Count != _stack.Count)
            {
                // Values the model drops here are gone where it does not follow them.
                foreach (var value in known)
                {
                    _delegates?.Escape(value);
                }

                EscapeStack();
                known.Clear();
                return;
            }

            for (int i = 0; i < known.Count; i++)
            {
                known[i] = StackValue.Merge(known[i], _stack[i]);
            }
        }
        else
        {
            _jumps.Add(target, new List<StackValue>(_stack));
        }
    }

    private void AddressTaken(int slot)
    {
        if (_delegates is not null)
        {
            _delegates.Escape(Load(slot));
            if (_slots.TryGetValue(slot, out var held))
            {
                _delegates.Escape(held);
            }
        }

        // Written through a pointer the model does not follow: only the slot's static type stays certain.
        _slots[slot] = StackValue.Of(SlotType(slot));
        Push(StackValue.Unknown);
    }

    private void Push(StackValue value) => _stack.Add(value);

    private void PushInt(int value) => _stack.Add(new StackValue(StackValueKind.Int32, null, Number: value));

    private StackValue Pop()
    {
        if (_stack.Count == 0)
        {
            return StackValue.Unknown;
        }

        var value = _stack[_stack.Count - 1];
        _stack.RemoveAt(_stack.Count - 1);
        if (_delegates is not null && value.Delegates is not null && DelegateRecorder.EscapesWhenPopped(_consumer))
        {
            _delegates.Escape(value);
        }

        return value;
    }

    /// <summary>Delegate flow: everything on the stack goes where this method does not show (a return, a cleared stack).</summary>
    private void EscapeStack()
    {
        if (_delegates is not null)
        {
            foreach (var value in _stack)
            {
                _delegates.Escape(value);
            }
        }
    }

    /// <summary>
    /// A Type stored where [DynamicallyAccessedMembers] is: the store is checked, as a call passing it would be. Taking the
    /// field's address (<c>ref</c>, <c>out</c>) lets code this method does not show store anything there: an unknown value.
    /// </summary>
    private void StoreField(int offset, int token, StackValue value)
    {
        var required = Tokens.FieldAnnotation(token);
        if (required != AccessedMembers.None)
        {
            _stores[offset] = (value, required);
        }
    }
}
