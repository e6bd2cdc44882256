using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.IL;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// Follows a patch's IL in instruction order, stepping into the methods it calls with <c>call</c> (property setters,
/// helpers) a few levels deep, and records in that order each first access to a target type and each static field
/// written. Branches are not interpreted: instruction order stands for execution order, which is what a patch's
/// straight-line code does. What static constructors of other types, delegates or virtual calls do in between is
/// not followed here (the other rules see them).
/// </summary>
internal sealed class PatchBodyWalk
{
    /// <summary>The patch is level 0; a setter called from a helper the patch calls is level 2.</summary>
    private const int MaxCallDepth = 3;

    /// <summary>Instructions walked per patch at most: a patch is short, and a bound keeps odd code cheap.</summary>
    private const int InstructionBudget = 20_000;

    private readonly FactStore _store;
    private readonly Func<MethodNode, bool> _isTargetConstructor;
    private readonly List<PatchBodyEvent> _events = new();
    private readonly HashSet<MethodNode> _triggered = new();
    private readonly List<(MethodNode Method, int ILOffset)> _frames = new();
    private int _budget = InstructionBudget;

    private PatchBodyWalk(FactStore store, Func<MethodNode, bool> isTargetConstructor)
    {
        _store = store;
        _isTargetConstructor = isTargetConstructor;
    }

    /// <exception cref="BadImageFormatException">A walked body or token is malformed.</exception>
    public static List<PatchBodyEvent> Run(FactStore store, MethodNode patch, Func<MethodNode, bool> isTargetConstructor)
    {
        var walk = new PatchBodyWalk(store, isTargetConstructor);
        walk.Walk(patch);
        return walk._events;
    }

    private void Walk(MethodNode method)
    {
        var body = method.Assembly.IsReferenceAssembly ? null : method.Assembly.GetBody(method.Handle);
        if (body is null)
        {
            return;
        }

        var triggers = TargetConstructorsByOffset(method);
        foreach (var instruction in ILDecoder.Read(body.GetILReader()))
        {
            if (--_budget < 0)
            {
                return;
            }

            _frames.Add((method, instruction.Offset));

            // The access runs the static constructor before it stores: a trigger comes before the write of the same instruction.
            if (triggers.TryGetValue(instruction.Offset, out var constructors))
            {
                foreach (var constructor in constructors)
                {
                    if (_triggered.Add(constructor))
                    {
                        _events.Add(PatchBodyEvent.Trigger(constructor, _frames.ToArray()));
                    }
                }
            }

            if (instruction.OpCode == ILOpCode.Stsfld && StaticField.Resolve(_store.Context, method.Assembly, instruction.Token) is { } field)
            {
                _events.Add(PatchBodyEvent.Write(field, _frames.ToArray()));
            }
            else if (instruction.OpCode == ILOpCode.Call && _frames.Count <= MaxCallDepth && Callee(method, instruction) is { } callee && !OnStack(callee))
            {
                Walk(callee);
            }

            _frames.RemoveAt(_frames.Count - 1);
        }
    }

    /// <summary>Where the method first accesses each target type (the graph keeps the first access per static constructor).</summary>
    private Dictionary<int, List<MethodNode>> TargetConstructorsByOffset(MethodNode method)
    {
        var byOffset = new Dictionary<int, List<MethodNode>>();
        foreach (var edge in _store.FactsOf(method).Edges)
        {
            if (edge.Kind == EdgeKind.StaticConstructor && _isTargetConstructor(edge.Target))
            {
                if (!byOffset.TryGetValue(edge.ILOffset, out var list))
                {
                    byOffset.Add(edge.ILOffset, list = new List<MethodNode>());
                }

                list.Add(edge.Target);
            }
        }

        return byOffset;
    }

    private MethodNode? Callee(MethodNode method, ILInstruction instruction)
    {
        var token = method.Assembly.Members.Get(instruction.TokenHandle);
        var resolved = token.IsMethod ? _store.Context.Members.ResolveMethod(method.Assembly, token) : null;
        return resolved is { DeclaringType.HasCode: true } ? _store.Node(resolved) : null;
    }

    private bool OnStack(MethodNode method)
    {
        foreach (var frame in _frames)
        {
            if (frame.Method == method)
            {
                return true;
            }
        }

        return false;
    }
}
