using System;
using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reachability;

/// <summary>
/// A delegate runs when it is invoked, not when it is created: its target is reached once reached code invokes a
/// delegate of a compatible type, or hands it to framework code that may invoke it; the framework's known
/// store-for-later methods (exit events, Lazy&lt;T&gt;, event accessors) invoke nothing now.
/// </summary>
public sealed class DelegateRuleTests
{
    [Fact]
    public void Delegate_stored_and_never_invoked_is_clean()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Holder.Callback = () => Target.Touch();",
            "internal static class Holder { internal static Action? Callback; }"));
    }

    [Fact]
    public void Delegate_stored_then_invoked_is_reached_from_the_invocation_with_where_it_was_created()
    {
        var result = EarlyInitializerScenario.Verify("Holder.Callback = () => Target.Touch(); Holder.Run();",
            "internal static class Holder { internal static Action? Callback; internal static void Run() => Callback!(); }");

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal("Holder.Run()", violation.Chain[1].DisplayName);
        Assert.Equal("invokes a delegate to", violation.Chain[1].Relation);
        Assert.StartsWith("delegate created in Early.Init() (Early.cs:", violation.Chain[2].Note);
        Assert.Contains("Holder.Run() (Early.cs:", violation.Message);
        Assert.Contains(" \u21D2 Early+<>c.<Init>b__", violation.Message);
    }

    [Theory]
    [InlineData("AppDomain.CurrentDomain.ProcessExit += (_, _) => Target.Touch();")]
    [InlineData("AppDomain.CurrentDomain.UnhandledException += (_, _) => Target.Touch();")]
    [InlineData("AppDomain.CurrentDomain.DomainUnload += (_, _) => Target.Touch();")]
    [InlineData("Console.CancelKeyPress += (_, _) => Target.Touch();")]
    [InlineData("System.Runtime.Loader.AssemblyLoadContext.Default.Unloading += _ => Target.Touch();")]
    [InlineData("System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, _ => Target.Touch());")]
    public void Handler_of_an_event_that_fires_only_at_exit_or_on_a_signal_is_clean(string registration)
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify(registration));
    }

    [Fact]
    public void The_report_lists_each_delegate_kept_for_later_with_where_it_was_handed_over()
    {
        var result = EarlyInitializerScenario.Verify(
            "AppDomain.CurrentDomain.ProcessExit += (_, _) => Target.Touch();\n            Holder.Lazy = new Lazy<int>(() => Target.Value);\n            Holder.Other = new Lazy<int>();",
            "internal static class Holder { internal static Lazy<int>? Lazy; internal static Lazy<int>? Other; }");

        ResultAssert.Clean(result);
        var kept = result.NotFollowed.Where(n => n.Why.Contains("kept for later", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "AppDomain.add_ProcessExit()", "Lazy..ctor()" }, kept.Select(n => n.What));
        Assert.All(kept, n => Assert.Equal("Sample.Early.Init()", n.WhereMethod));
        Assert.Equal(new[] { "Early.cs", "Early.cs" }, kept.Select(n => System.IO.Path.GetFileName(n.WhereLocation!.FilePath)));
        Assert.True(kept[0].WhereLocation!.Line < kept[1].WhereLocation!.Line);
    }

    [Fact]
    public void Lazy_factory_whose_value_is_never_read_is_clean()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Holder.Lazy = new Lazy<int>(() => Target.Value);",
            "internal static class Holder { internal static Lazy<int>? Lazy; }"));
    }

    [Fact]
    public void Lazy_factory_is_reached_where_the_value_is_read_and_the_chain_names_Lazy_Value()
    {
        var result = EarlyInitializerScenario.Verify("Holder.Lazy = new Lazy<int>(() => Target.Value); Holder.Read();",
            "internal static class Holder { internal static Lazy<int>? Lazy; internal static int Read() => Lazy!.Value; }");

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal("Holder.Read()", violation.Chain[1].DisplayName);
        Assert.Equal("hands delegates to Lazy.get_Value(), which may invoke", violation.Chain[1].Relation);
    }

    [Fact]
    public void Delegate_handed_to_framework_code_may_run_at_once()
    {
        var result = EarlyInitializerScenario.Verify("Array.ForEach(new[] { 1 }, _ => Target.Touch());");

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal("Early.Init()", violation.Chain[0].DisplayName);
        Assert.Equal("hands delegates to Array.ForEach(), which may invoke", violation.Chain[0].Relation);
    }

    [Fact]
    public void Delegate_of_an_incompatible_type_argument_is_not_invoked_by_a_framework_call()
    {
        // Select is handed a Func<string, int>; the stored Func<Holder, int> can never be assigned to it.
        var result = EarlyInitializerScenario.Verify(
            "Holder.Read = h => Target.Value; var lengths = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(new[] { \"a\" }, s => s.Length));",
            "internal sealed class Holder { internal static Func<Holder, int>? Read; }");

        Assert.True(result.Violations.Count == 0, string.Join("\n", result.Violations.Select(v => v.Message)));
    }

    [Theory]
    [InlineData("var list = new List<Action>(); list.Add(() => Target.Touch());")]
    [InlineData("Console.WriteLine($\"{(Action)(() => Target.Touch())}\");")]
    public void Delegate_handed_as_a_value_of_a_generic_parameter_is_data_to_the_framework(string body)
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify(body));
    }

    // GetMethodInfo and Delegate.Method are not here: Invoke on the MethodInfo they return runs the delegate's target
    // (Reflection/MemberLookupTests.The_method_of_a_delegate_runs_that_delegate).
    [Theory]
    [InlineData("Console.WriteLine(Holder.Make().Target is null);")]
    [InlineData("Console.WriteLine(Holder.Make() == Holder.Make());")]
    public void Looking_at_a_delegate_does_not_run_it(string body)
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify(body, "internal static class Holder { internal static Action Make() => () => Target.Touch(); }"));
    }

    [Fact]
    public void Field_like_event_subscription_invokes_nothing_until_the_event_is_raised()
    {
        const string source = "internal static class Bus { internal static event Action? Changed; internal static void Raise() => Changed?.Invoke(); }";

        ResultAssert.Clean(EarlyInitializerScenario.Verify("Bus.Changed += () => Target.Touch();", source));
        ResultAssert.ReachesTarget(EarlyInitializerScenario.Verify("Bus.Changed += () => Target.Touch(); Bus.Raise();", source));
    }

    [Fact]
    public void DynamicInvoke_may_run_any_delegate_that_went_out_of_sight()
    {
        // The callback is handed to a method (GC.KeepAlive): from there it could be anywhere, Other among them.
        var result = EarlyInitializerScenario.Verify("Holder.Callback = () => Target.Touch(); GC.KeepAlive(Holder.Callback); Holder.Other.DynamicInvoke();",
            "internal static class Holder { internal static Action? Callback; internal static Func<int> Other = () => 1; }");

        ResultAssert.ReachesTarget(result);
    }

    [Fact]
    public void Delegate_created_after_the_invocation_was_reached_is_still_reached()
    {
        var result = EarlyInitializerScenario.Verify("Holder.Run(); Holder.Callback = () => Target.Touch();",
            "internal static class Holder { internal static Action? Callback; internal static void Run() => Callback?.Invoke(); }");

        ResultAssert.ReachesTarget(result);
    }

    [Fact]
    public void Function_pointer_runs_its_method_as_a_call_does()
    {
        var result = EarlyInitializerScenario.Compile("Holder.Call();",
            "internal static unsafe class Holder { internal static void Call() { delegate*<void> touch = &Target.Touch; touch(); } }").Verify();

        Assert.Contains("Target.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Theory]
    [InlineData("Console.WriteLine(Holder.Make().Method);")]
    [InlineData("Console.WriteLine($\"factory: {Holder.Make().Method}\");")]
    [InlineData("Console.WriteLine(Holder.Make().Method.Name);")]
    public void Describing_the_method_of_a_delegate_does_not_run_it(string body)
    {
        // DI's event source formats a factory's method for a diagnostic: Invoke never sees that MethodInfo.
        ResultAssert.Clean(EarlyInitializerScenario.Verify(body, "internal static class Holder { internal static Action Make() => () => Target.Touch(); }"));
    }

    [Fact]
    public void Method_of_a_delegate_kept_for_later_may_still_be_invoked()
    {
        // Stored, not described: whoever reads the field may invoke it.
        var result = EarlyInitializerScenario.Verify("Holder.Method = Holder.Make().Method; Holder.Method.Invoke(null, null);",
            "internal static class Holder { internal static System.Reflection.MethodInfo? Method; internal static Action Make() => Touch; private static void Touch() => Target.Touch(); }");

        Assert.Contains("Holder.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Delegate_whose_parameter_is_narrower_than_the_framework_passes_is_not_what_it_invokes()
    {
        // StartNew invokes a Func<object?, object?>. A Func<IServiceProvider, object> cannot be one (its parameter would
        // have to accept any object), so the factory waits; an exact Func<object?, object?> does not. Both are handed to
        // a method (GC.KeepAlive), so only their types tell them apart.
        const string holder = "internal static class Holder { internal static Func<IServiceProvider, object>? Factory; internal static Func<object?, object?>? Any; }";
        ResultAssert.Clean(EarlyInitializerScenario.Verify(
            "Holder.Factory = sp => { Target.Touch(); return 1; }; GC.KeepAlive(Holder.Factory); Task.Factory.StartNew(s => (object?)1, null).Wait();", holder));
        ResultAssert.ReachesTarget(EarlyInitializerScenario.Verify(
            "Holder.Any = s => { Target.Touch(); return 1; }; GC.KeepAlive(Holder.Any); Task.Factory.StartNew(s => (object?)1, null).Wait();", holder));
    }

    [Fact]
    public void The_same_method_made_into_two_delegate_types_is_invoked_through_either()
    {
        // One ldftn token twice in a body: the scan skips a repeated token, and the second delegate type must not be lost.
        var result = EarlyInitializerScenario.Verify("Func<int> first = Holder.Read; GC.KeepAlive(first); Holder.Getter second = Holder.Read; Holder.Run(second);",
            "internal static class Holder { internal delegate int Getter(); internal static int Read() => Target.Value; internal static int Run(Getter getter) => getter(); }");

        Assert.Equal("Holder.Read()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    [Fact]
    public void The_same_method_as_a_delegate_and_as_a_function_pointer_runs_through_the_pointer()
    {
        var result = EarlyInitializerScenario.Compile("Holder.Call();",
            "internal static unsafe class Holder { internal static void Call() { Action kept = Target.Touch; GC.KeepAlive(kept); delegate*<void> touch = &Target.Touch; touch(); } }").Verify();

        Assert.Contains("Target.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }
}
