using System;
using System.Globalization;

namespace InitOrder.Oracle.Tests.Fuzz;

/// <summary>
/// How much to fuzz. CI runs the fixed seed set; the environment asks for more:
/// <c>INITORDER_ORACLE_FUZZ_SEED</c> picks one seed instead of the fixed set, <c>INITORDER_ORACLE_FUZZ_ITERATIONS</c>
/// the number of cases per seed (batched into programs of <see cref="CasesPerProgram"/>).
/// </summary>
public sealed record FuzzSettings(int[] Seeds, int Iterations)
{
    public const int CasesPerProgram = 40;

    /// <summary>The seeds CI runs, each with <see cref="DefaultIterations"/> cases.</summary>
    public static readonly int[] FixedSeeds = { 20261202, 7, 424242 };

    public const int DefaultIterations = 40;

    public static FuzzSettings FromEnvironment()
    {
        int? seed = Read("INITORDER_ORACLE_FUZZ_SEED");
        int iterations = Read("INITORDER_ORACLE_FUZZ_ITERATIONS") ?? DefaultIterations;
        return new FuzzSettings(seed is { } one ? new[] { one } : FixedSeeds, iterations);
    }

    private static int? Read(string variable)
    {
        string? text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < 0)
        {
            throw new InvalidOperationException(variable + " must be a whole number, not '" + text + "'");
        }

        return value;
    }
}
