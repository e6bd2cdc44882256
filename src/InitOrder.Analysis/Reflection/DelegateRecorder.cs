using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// What one pass of <see cref="StackValues"/> sees delegates do in one method of the analysed assembly (see
/// <see cref="DelegateFlow"/>): where each invoked delegate may come from, what is stored into each tracked static
/// delegate field, and which sources escape to anywhere else (an argument, an instance field, an array, a return, a
/// parameter slot, a box, anything the model does not follow). Escaping is the default: only a null check, a local,
/// <c>dup</c>, <c>pop</c>, the receiver of the delegate's own <c>Invoke</c> and a store into a tracked field keep a
/// delegate where this method shows it.
/// </summary>
internal sealed class DelegateRecorder
{
    private readonly FactStore _store;
    private readonly Func<int, int?> _trackedFieldRow;

    /// <param name="trackedFieldRow">The row of the static delegate field a field token names, when that field is tracked; null otherwise.</param>
    public DelegateRecorder(FactStore store, Func<int, int?> trackedFieldRow)
    {
        _store = store;
        _trackedFieldRow = trackedFieldRow;
    }

    public HashSet<string> Escaped { get; } = new(StringComparer.Ordinal);

    /// <summary>Each <c>Invoke</c> or <c>BeginInvoke</c> of a delegate: where its receiver may come from; null when not known.</summary>
    public Dictionary<int, string?> Reads { get; } = new();

    /// <summary>Each store into a tracked field: its row, and where the stored delegate may come from (null: not known).</summary>
    public Dictionary<int, (int Row, string? Sources)> Stores { get; } = new();

    /// <summary>Only the last pass counts: the earlier ones read locals that had not settled.</summary>
    public void StartPass()
    {
        Escaped.Clear();
        Reads.Clear();
        Stores.Clear();
    }

    public void Escape(StackValue value)
    {
        if (value.Delegates is { } sources && sources != DelegateSources.FunctionPointer)
        {
            Escaped.UnionWith(DelegateSources.Parse(sources));
        }
    }

    public StackValue LoadStatic(int token, StackValue value) =>
        _trackedFieldRow(token) is { } row ? value with { Delegates = DelegateSources.Field(row) } : value;

    public void StoreStatic(int offset, int token, StackValue value)
    {
        if (_trackedFieldRow(token) is { } row)
        {
            // null holds no delegate: clearing a field (an unsubscribe, a reset) gives it nothing unknown.
            string? sources = value.Kind == StackValueKind.Null ? "" : value.Delegates == DelegateSources.FunctionPointer ? null : value.Delegates;
            Stores[offset] = (row, sources);
        }
        else
        {
            Escape(value);
        }
    }

    /// <summary>A call's arguments (<c>this</c> first): a delegate's own Invoke reads its receiver, any other use lets them escape.</summary>
    /// <returns>For <c>newobj</c> of a delegate over an <c>ldftn</c>: the created delegate's source; null otherwise.</returns>
    public string? OnCall(int offset, ILOpCode code, MemberToken token, StackValue[] arguments)
    {
        bool delegateOwner = token.Owner?.Definition is { } owner && _store.HandOffs.IsDelegate(owner);
        if (code == ILOpCode.Newobj && delegateOwner && arguments.Length == 2 && arguments[1].Delegates == DelegateSources.FunctionPointer)
        {
            Escape(arguments[0]);
            return DelegateSources.Created(arguments[1].Number);
        }

        int first = 0;
        if (code != ILOpCode.Newobj && delegateOwner && token.Name is "Invoke" or "BeginInvoke" && arguments.Length > 0)
        {
            Reads[offset] = arguments[0].Delegates == DelegateSources.FunctionPointer ? null : arguments[0].Delegates;
            first = 1;
        }

        for (int i = first; i < arguments.Length; i++)
        {
            Escape(arguments[i]);
        }

        return null;
    }

    /// <summary>Whether taking a value off the stack for <paramref name="code"/> lets a delegate in it go where this method does not show.</summary>
    public static bool EscapesWhenPopped(ILOpCode code) => code switch
    {
        ILOpCode.Dup or ILOpCode.Pop or ILOpCode.Brtrue or ILOpCode.Brtrue_s or ILOpCode.Brfalse or ILOpCode.Brfalse_s => false,
        ILOpCode.Stloc or ILOpCode.Stloc_s or ILOpCode.Stloc_0 or ILOpCode.Stloc_1 or ILOpCode.Stloc_2 or ILOpCode.Stloc_3 => false,
        ILOpCode.Ceq or ILOpCode.Cgt_un or ILOpCode.Beq or ILOpCode.Beq_s or ILOpCode.Bne_un or ILOpCode.Bne_un_s => false,
        // Handled where they are applied: the call reads or lets go each argument, the store records its field.
        ILOpCode.Call or ILOpCode.Callvirt or ILOpCode.Newobj or ILOpCode.Stsfld => false,
        _ => true,
    };

    public MethodDelegateValues Result() => new(new HashSet<string>(Escaped, StringComparer.Ordinal), new Dictionary<int, string?>(Reads), new List<(int, string?)>(Stores.Values));
}
