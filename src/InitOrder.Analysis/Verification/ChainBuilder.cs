using System.Collections.Generic;
using InitOrder.Analysis.Graph;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// Turns a search-tree path into the chain a violation shows: each method with the source location
/// of the instruction that leads on, ending with the patched member that was named.
/// </summary>
internal static class ChainBuilder
{
    public static List<ChainStep> Build(SearchTree tree, MethodNode reached, Mention? mention)
    {
        var steps = new List<ChainStep>();
        foreach (var (method, next) in tree.PathTo(reached))
        {
            if (next is { } edge)
            {
                steps.Add(new ChainStep(method.FullName, method.ShortName, method.LocationAt(edge.ILOffset), Describe(edge.Kind)));
            }
            else if (mention is { } named)
            {
                steps.Add(new ChainStep(method.FullName, method.ShortName, method.LocationAt(named.ILOffset), "refers to"));
            }
            else
            {
                steps.Add(new ChainStep(method.FullName, method.ShortName, null));
            }
        }

        if (mention is { } last)
        {
            steps.Add(new ChainStep(last.FullName, last.ShortName, null));
        }

        return steps;
    }

    /// <summary>One chain step as the message shows it: <c>Telemetry.Init() (Telemetry.cs:9)</c>.</summary>
    public static string Format(IEnumerable<ChainStep> chain) => string.Join(" \u2192 ", Texts(chain));

    private static IEnumerable<string> Texts(IEnumerable<ChainStep> chain)
    {
        foreach (var step in chain)
        {
            yield return step.ToString();
        }
    }

    private static string Describe(EdgeKind kind) => kind switch
    {
        EdgeKind.Call => "calls",
        EdgeKind.NewObject => "constructs an object with",
        EdgeKind.Delegate => "creates a delegate to",
        EdgeKind.VirtualDispatch => "may dispatch to",
        EdgeKind.StaticConstructor => "triggers",
        EdgeKind.ModuleInitializer => "makes the JIT run",
        EdgeKind.FrameworkCallback => "hands an instance to code that may call",
        _ => "refers to",
    };
}
