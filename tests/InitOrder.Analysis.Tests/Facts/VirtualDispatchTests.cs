using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts;

/// <summary>callvirt (and constrained calls) reach every override or implementation on a possible subtype.</summary>
public sealed class VirtualDispatchTests
{
    [Fact]
    public void Override_reached_through_a_base_class_call()
    {
        var result = EarlyInitializerScenario.Verify("Workers.Make().Run();", """
            internal abstract class Worker { public abstract void Run(); }
            internal sealed class TouchingWorker : Worker { public override void Run() => Target.Touch(); }
            internal static class Workers { internal static Worker Make() => new TouchingWorker(); }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "TouchingWorker.Run()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Override_in_an_unrelated_hierarchy_is_not_reached()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Workers.Make().Run();", """
            internal abstract class Worker { public abstract void Run(); }
            internal sealed class QuietWorker : Worker { public override void Run() { } }
            internal abstract class OtherWorker { public abstract void Run(); }
            internal sealed class TouchingOther : OtherWorker { public override void Run() => Target.Touch(); }
            internal static class Workers { internal static Worker Make() => new QuietWorker(); }
            """));
    }

    [Fact]
    public void Interface_implementation_reached_through_an_interface_call()
    {
        var result = EarlyInitializerScenario.Verify("Runners.Make(true).Run();", """
            internal interface IRunner { void Run(); }
            internal sealed class QuietRunner : IRunner { public void Run() { } }
            internal sealed class TouchingRunner : IRunner { public void Run() => Target.Touch(); }
            internal static class Runners { internal static IRunner Make(bool touch) => touch ? new TouchingRunner() : new QuietRunner(); }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "TouchingRunner.Run()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Explicit_interface_implementation_is_reached_through_the_MethodImpl_table()
    {
        var result = EarlyInitializerScenario.Verify("Runners.Make().Run();", """
            internal interface IRunner { void Run(); }
            internal sealed class ExplicitRunner : IRunner { void IRunner.Run() => Target.Touch(); }
            internal static class Runners { internal static IRunner Make() => new ExplicitRunner(); }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal("ExplicitRunner.Sample.IRunner.Run()", violation.Chain[1].DisplayName);
    }

    [Fact]
    public void Same_named_method_on_a_type_that_does_not_implement_the_interface_is_not_reached()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Runners.Make().Run();", """
            internal interface IRunner { void Run(); }
            internal sealed class QuietRunner : IRunner { public void Run() { } }
            internal class LookAlike { public virtual void Run() => Target.Touch(); }
            internal static class Runners { internal static IRunner Make() => new QuietRunner(); }
            """));
    }

    [Fact]
    public void Default_interface_method_is_reached()
    {
        var result = EarlyInitializerScenario.Verify("IGreeter greeter = new Greeter(); greeter.Greet();", """
            internal interface IGreeter { void Greet() => Target.Touch(); }
            internal sealed class Greeter : IGreeter { }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "IGreeter.Greet()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Default_method_of_another_interface_is_not_reached()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("IQuiet quiet = new Quiet(); quiet.Greet();", """
            internal interface IQuiet { void Greet() { } }
            internal interface ILoud { void Greet() => Target.Touch(); }
            internal sealed class Quiet : IQuiet { }
            """));
    }

    [Fact]
    public void Generic_virtual_method_override_is_reached()
    {
        var result = EarlyInitializerScenario.Verify("Visitors.Make().Visit<int>();", """
            internal abstract class Visitor { public abstract void Visit<T>(); }
            internal sealed class TouchingVisitor : Visitor { public override void Visit<T>() => Target.Touch(); }
            internal static class Visitors { internal static Visitor Make() => new TouchingVisitor(); }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "TouchingVisitor.Visit()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Generic_method_with_another_arity_on_an_unrelated_type_is_not_reached()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Visitors.Make().Visit<int>();", """
            internal abstract class Visitor { public abstract void Visit<T>(); }
            internal sealed class QuietVisitor : Visitor { public override void Visit<T>() { } }
            internal class Other { public virtual void Visit<T, U>() => Target.Touch(); }
            internal static class Visitors { internal static Visitor Make() => new QuietVisitor(); }
            """));
    }

    [Fact]
    public void Static_abstract_interface_member_called_through_a_constrained_generic_is_reached()
    {
        var result = EarlyInitializerScenario.Verify("Runner.Run<Impl>();", """
            internal interface IStatic { static abstract void Go(); }
            internal sealed class Impl : IStatic { public static void Go() => Target.Touch(); }
            internal static class Runner { internal static void Run<T>() where T : IStatic => T.Go(); }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal("Impl.Go()", violation.Chain[^2].DisplayName);
    }
}
