using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace InitOrder.Oracle.Tests.Fuzz;

/// <summary>A batch of cases compiled and run as one program: one process and one trace serve them all.</summary>
public sealed record FuzzProgram(int Seed, IReadOnlyList<FuzzCase> Cases)
{
    public string Source
    {
        get
        {
            var text = new StringBuilder("internal static class Program { private static int Main() => 0; }\n\n");
            foreach (var fuzzCase in Cases)
            {
                text.Append(fuzzCase.Source).Append('\n');
            }

            return text.ToString();
        }
    }

    /// <summary>Cases <paramref name="first"/> to first + count - 1 of the seed; each case has its own generator.</summary>
    public static FuzzProgram Create(int seed, int first, int count) =>
        new(seed, Enumerable.Range(first, count).Select(n => FuzzCaseWriter.Write(n, new System.Random(unchecked(seed * 7919 + n)))).ToList());
}
