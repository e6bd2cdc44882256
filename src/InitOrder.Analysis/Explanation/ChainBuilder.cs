using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reachability;
using InitOrder.Analysis.Verification;

namespace InitOrder.Analysis.Explanation;

/// <summary>
/// Turns a search-tree path into the chain a violation shows: each method with the source location
/// of the instruction that leads on, ending with the patched member that was named.
/// </summary>
internal static class ChainBuilder
{
    public static List<ChainStep> Build(SearchTree tree, MethodNode reached, Mention? mention, LiveView? view = null)
    {
        var steps = new List<ChainStep>();
        string? arrivalNote = null;
        foreach (var (method, next) in tree.PathTo(reached))
        {
            string? note = arrivalNote;
            arrivalNote = null;
            if (next is { Reflection: { } call } reflective)
            {
                // The reflective call is a step of its own: "... → JsonConvert.DeserializeObject<Settings>() ⇒ (reflection) Settings.set_Name()".
                steps.Add(new ChainStep(method.FullName, method.ShortName, method.LocationAt(reflective.ILOffset), "calls", note));
                steps.Add(new ChainStep(call.Api, call.Api, null, Describe(reflective.Kind), ReflectionWording.Rule(call)));
            }
            else if (next is { } edge)
            {
                steps.Add(new ChainStep(method.FullName, method.ShortName, method.LocationAt(edge.ILOffset), Describe(edge.Kind), note));
                arrivalNote = view?.ReceiverNote(edge) is { } receiver ? "live: " + receiver : null;
            }
            else if (mention is { } named)
            {
                steps.Add(new ChainStep(method.FullName, method.ShortName, method.LocationAt(named.ILOffset), "refers to", note));
            }
            else
            {
                steps.Add(new ChainStep(method.FullName, method.ShortName, null, null, note));
            }
        }

        if (mention is { } last)
        {
            steps.Add(new ChainStep(last.FullName, last.ShortName, null));
        }

        return steps;
    }

    /// <summary>
    /// The chain as the message shows it: <c>Telemetry.Init() (Telemetry.cs:9) → Clock.Now</c>. A step reached by
    /// virtual dispatch or reflection follows a double arrow, <c>⇒ SImpl.M() [live: SImpl created in Holder..cctor (Holder.cs:3)]</c>.
    /// </summary>
    public static string Format(IEnumerable<ChainStep> chain)
    {
        var text = new System.Text.StringBuilder();
        ChainStep? previous = null;
        foreach (var step in chain)
        {
            if (previous is not null)
            {
                bool indirect = previous.Relation == DispatchRelation || previous.Relation == ReflectionRelation;
                text.Append(indirect ? " \u21D2 " : " \u2192 ");
                if (previous.Relation == ReflectionRelation)
                {
                    text.Append("(reflection) ");
                }
            }

            text.Append(step);
            if (step.Note is { } note && step.Relation != ReflectionRelation)
            {
                text.Append(" [").Append(note).Append(']');
            }

            previous = step;
        }

        return text.ToString();
    }

    private const string DispatchRelation = "may dispatch to";
    private const string ReflectionRelation = "reaches by reflection";

    private static string Describe(EdgeKind kind) => kind switch
    {
        EdgeKind.Call => "calls",
        EdgeKind.NewObject => "constructs an object with",
        EdgeKind.Delegate => "creates a delegate to",
        EdgeKind.VirtualDispatch => DispatchRelation,
        EdgeKind.Reflection => ReflectionRelation,
        EdgeKind.StaticConstructor => "triggers",
        EdgeKind.ModuleInitializer => "makes the JIT run",
        EdgeKind.FrameworkCallback => "hands an instance to code that may call",
        _ => "refers to",
    };
}
