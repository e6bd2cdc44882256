using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.IL;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// The order of one body's work, every occurrence in IL order: calls into analysed code, static field writes, and the
/// first access to each type (from the method's facts, which keep the first access per static constructor). The facts
/// keep first occurrences only, which says what can run but not what comes after what; INIT106 needs both, for a patch
/// and the helpers it calls, so this is decoded on demand for those few bodies.
/// </summary>
internal static class BodyOrder
{
    /// <exception cref="System.BadImageFormatException">The body or a token is malformed.</exception>
    public static List<BodyEvent> Of(FactStore store, MethodNode method)
    {
        var events = new List<BodyEvent>();
        var body = method.Assembly.IsReferenceAssembly ? null : method.Assembly.GetBody(method.Handle);
        if (body is null)
        {
            return events;
        }

        var triggers = new Dictionary<int, List<MethodNode>>();
        foreach (var edge in store.FactsOf(method).Edges)
        {
            if (edge.Kind == EdgeKind.StaticConstructor)
            {
                if (!triggers.TryGetValue(edge.ILOffset, out var list))
                {
                    triggers.Add(edge.ILOffset, list = new List<MethodNode>());
                }

                list.Add(edge.Target);
            }
        }

        foreach (var instruction in ILDecoder.Read(body.GetILReader()))
        {
            // The access runs the static constructor before it stores: a trigger comes before the write of the same instruction.
            if (triggers.TryGetValue(instruction.Offset, out var constructors))
            {
                foreach (var constructor in constructors)
                {
                    events.Add(new BodyEvent(instruction.Offset, BodyEventKind.Trigger, null, constructor, null));
                }
            }

            if (instruction.OpCode == ILOpCode.Stsfld && StaticField.Resolve(store.Context, method.Assembly, instruction.Token) is { } field)
            {
                events.Add(new BodyEvent(instruction.Offset, BodyEventKind.Write, null, null, field));
            }
            else if (instruction.OpCode == ILOpCode.Call && Callee(store, method, instruction) is { } callee)
            {
                events.Add(new BodyEvent(instruction.Offset, BodyEventKind.Call, callee, null, null));
            }
        }

        return events;
    }

    private static MethodNode? Callee(FactStore store, MethodNode method, ILInstruction instruction)
    {
        var token = method.Assembly.Members.Get(instruction.TokenHandle);
        var resolved = token.IsMethod ? store.Context.Members.ResolveMethod(method.Assembly, token) : null;
        return resolved is { DeclaringType.HasCode: true } ? store.Node(resolved) : null;
    }
}
