using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts;

/// <summary>
/// A delegate the app keeps only in its static delegate fields runs through an invocation that reads one of them; one
/// that goes anywhere else may run through any compatible invocation.
/// </summary>
public sealed class DelegateFlowTests
{
    // Kept touches the target; Other and the one Run is handed do not. Run invokes a delegate from where it cannot tell.
    private const string Holder = """
        internal static class Holder
        {
            internal static Func<int>? Kept;
            internal static Func<int>? Other;
            internal static Func<int>? Copy;
            internal static object? Box;
            internal static Func<int>?[] Slots = new Func<int>?[1];
            internal static event Func<int>? Fired;
            internal static int Run(Func<int> f) => f();
            internal static int Raise() => Fired?.Invoke() ?? 0;
        }
        """;

    private const string KeepTouching = "Holder.Kept = () => { Target.Touch(); return 1; };";

    // What escapes is read from every method of the app, reached or not: Picker.Pick (below) would make Kept escape.
    [Theory]
    [InlineData("Holder.Other = () => 1; Console.WriteLine(Holder.Other());")]
    [InlineData("Console.WriteLine(Holder.Run(() => 1));")]
    [InlineData("Holder.Other = () => 1; Console.WriteLine(Holder.Other?.Invoke() ?? 0);")]
    [InlineData("Console.WriteLine(Holder.Kept is null ? 0 : 1);")]
    [InlineData("Func<int> local = () => 1; Console.WriteLine(local());")]
    [InlineData("GC.KeepAlive(Holder.Kept); Holder.Other = null; Console.WriteLine(Holder.Other?.Invoke() ?? 0);")]
    public void Delegate_kept_only_in_a_static_field_runs_through_no_other_invocation(string then)
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify(KeepTouching + " " + then, Holder));
    }

    [Theory]
    [InlineData("Console.WriteLine(Holder.Kept!());")]
    [InlineData("Console.WriteLine(Holder.Kept?.Invoke() ?? 0);")]
    [InlineData("Holder.Copy = Holder.Kept; Console.WriteLine(Holder.Copy!());")]
    [InlineData("var local = Holder.Kept; Console.WriteLine(local!());")]
    public void Invocation_of_a_field_it_was_stored_or_copied_into_runs_it(string then)
    {
        var result = EarlyInitializerScenario.Verify(KeepTouching + " " + then, Holder);

        Assert.Equal("Target.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^1]);
    }

    // From each of these places the delegate may reach Run's parameter (or Raise's event), which invokes whatever it holds.
    [Theory]
    [InlineData("GC.KeepAlive(Holder.Kept);")]
    [InlineData("Holder.Box = Holder.Kept;")]
    [InlineData("Holder.Slots[0] = Holder.Kept;")]
    [InlineData("System.Threading.Interlocked.Exchange(ref Holder.Kept, Holder.Kept);")]
    [InlineData("Holder.Fired += Holder.Kept;")]
    [InlineData("Console.WriteLine(Picker.Pick() is null);")]
    [InlineData("GC.KeepAlive(typeof(Holder).GetField(\"Other\", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null));")]
    public void Delegate_that_goes_out_of_sight_runs_through_any_compatible_invocation(string escape)
    {
        var result = EarlyInitializerScenario.Verify(KeepTouching + " " + escape + " Console.WriteLine(Holder.Run(() => 1) + Holder.Raise());",
            Holder + "internal static class Picker { internal static Func<int>? Pick() => Holder.Kept; }");

        Assert.Equal("Target.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^1]);
    }
}
