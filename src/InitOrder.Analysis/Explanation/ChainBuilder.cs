using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reachability;
using InitOrder.Analysis.Reflection;

namespace InitOrder.Analysis.Explanation;

/// <summary>
/// Turns a path read back from a mark log into the chain a violation shows: each method with the source location
/// of the instruction that leads on, ending with the patched member that was named.
/// </summary>
internal static class ChainBuilder
{
    public static List<ChainStep> Build(IReadOnlyList<PathStep> path, Mention? mention)
    {
        var steps = new List<ChainStep>();
        string? arrivalNote = null;
        foreach (var (method, next) in path)
        {
            string? note = arrivalNote;
            arrivalNote = null;
            if (next is { Detail: ReflectionSite site } reflective)
            {
                // The reflective call is a step of its own: "... → JsonConvert.DeserializeObject<Settings>() ⇒ (reflection) Settings.set_Name()".
                steps.Add(Step(method, reflective.ILOffset, "calls", ChainLink.Direct, note));
                steps.Add(new ChainStep(site.Api, site.Api, null, Describe(reflective.Kind), ReflectionWording.Rule(site)) { Link = ChainLink.Reflection });
            }
            else if (next is { Detail: DelegateOrigin origin } invocation)
            {
                steps.Add(Step(method, invocation.ILOffset, origin.HandedTo is null ? "invokes a delegate to" : "hands delegates to " + origin.HandedTo + ", which may invoke", ChainLink.Delegate, note));
                arrivalNote = "delegate created in " + origin.Site.ShortName + (origin.Site.LocationAt(origin.ILOffset) is { } created ? " (" + created + ")" : "");
            }
            else if (next is { } reason)
            {
                steps.Add(Step(method, reason.ILOffset, Describe(reason.Kind), LinkOf(reason), note));
                arrivalNote = ArrivalNote(reason);
            }
            else if (mention is { } named)
            {
                steps.Add(Step(method, named.ILOffset, "refers to", ChainLink.Direct, note));
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

    /// <summary>A step at an instruction of <paramref name="method"/>.</summary>
    public static ChainStep Step(MethodNode method, int ilOffset, string relation, ChainLink link, string? note = null) =>
        new(method.FullName, method.ShortName, method.LocationAt(ilOffset), relation, note) { Link = link };

    /// <summary>
    /// The chain as the message shows it: <c>Telemetry.Init() (Telemetry.cs:9) → Clock.Now</c>. A step reached by
    /// virtual dispatch or reflection follows a double arrow, <c>⇒ SImpl.M() [live: SImpl created in Holder..cctor (Holder.cs:3)]</c>,
    /// and so does one that framework code calls back, <c>⇒ Money.ToString() [framework callback on Money created in
    /// Setup.Run() (Setup.cs:8)]</c>.
    /// </summary>
    public static string Format(IEnumerable<ChainStep> chain)
    {
        var text = new System.Text.StringBuilder();
        ChainStep? previous = null;
        foreach (var step in chain)
        {
            if (previous is not null)
            {
                bool indirect = previous.Link is ChainLink.Dispatch or ChainLink.Reflection or ChainLink.Delegate or ChainLink.Callback;
                text.Append(indirect ? " \u21D2 " : " \u2192 ");
                if (previous.Link == ChainLink.Reflection)
                {
                    text.Append("(reflection) ");
                }
            }

            text.Append(step);
            if (step.Note is { } note && step.Link != ChainLink.Reflection)
            {
                text.Append(" [").Append(note).Append(']');
            }

            previous = step;
        }

        return text.ToString();
    }

    /// <summary>What the step reached through <paramref name="reason"/> says in brackets: the live receiver of a dispatch, the object called back.</summary>
    private static string? ArrivalNote(MarkReason reason) => (reason.Kind, reason.Detail) switch
    {
        (EdgeKind.FrameworkCallback, LiveReceiver receiver) => "framework callback on " + LiveReasonText.Describe(receiver),
        // A static member of a framework interface: the type, handed out here, is enough.
        (EdgeKind.FrameworkCallback, _) => "framework callback",
        (_, LiveReceiver receiver) => "live: " + LiveReasonText.Describe(receiver),
        _ => null,
    };

    private static ChainLink LinkOf(MarkReason reason) => reason.Kind switch
    {
        EdgeKind.VirtualDispatch => ChainLink.Dispatch,
        EdgeKind.Reflection => ChainLink.Reflection,
        EdgeKind.FrameworkCallback => ChainLink.Callback,
        _ => ChainLink.Direct,
    };

    private static string Describe(EdgeKind kind) => kind switch
    {
        EdgeKind.Call => "calls",
        EdgeKind.NewObject => "constructs an object with",
        EdgeKind.Delegate => "loads the address of",
        EdgeKind.VirtualDispatch => "may dispatch to",
        EdgeKind.Reflection => "reaches by reflection",
        EdgeKind.StaticConstructor => "triggers",
        EdgeKind.ModuleInitializer => "makes the JIT run",
        EdgeKind.FrameworkCallback => "hands an instance to code that may call",
        _ => "refers to",
    };
}
