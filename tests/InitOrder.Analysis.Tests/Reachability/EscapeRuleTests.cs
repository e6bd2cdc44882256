using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reachability;

/// <summary>
/// Framework code calls back the overrides (ToString, Dispose, GetService, MoveNext) of objects that exist and that it
/// holds, with what the code it was handed to may call: a lock or a weak reference calls nothing, formatting calls
/// ToString, a container releases what it keeps when it reaches such code again.
/// </summary>
public sealed class EscapeRuleTests
{
    // An object framework code would call GetService on only if it held it; ToString is harmless.
    private const string Provider = """
        internal sealed class Provider : IServiceProvider
        {
            public object? GetService(Type serviceType) { Target.Touch(); return null; }
            public override string ToString() => "provider";
        }
        """;

    [Fact]
    public void ToString_of_a_live_object_handed_to_the_framework_is_reached_from_where_it_was_created()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Orders.Make());", """
            internal sealed class Order { public override string ToString() { Target.Touch(); return "order"; } }
            internal static class Orders { internal static object Make() => new Order(); }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Orders.Make()", "Order.ToString()", "Target.Touch()" }, ResultAssert.Chain(violation));
        Assert.Equal("hands an instance to code that may call", violation.Chain[1].Relation);
        // No IL calls ToString there: the message draws the double arrow and names the object the framework calls back.
        Assert.Matches(@"Orders\.Make\(\) \(Early\.cs:\d+\) \u21D2 Order\.ToString\(\) \(Early\.cs:\d+\) \[framework callback on Order created in Orders\.Make\(\) \(Early\.cs:\d+\)\]", violation.Message);
    }

    [Fact]
    public void Type_that_is_only_mentioned_is_not_called_back()
    {
        // typeof and a generic argument name Invoice, but no Invoice exists for the framework to format.
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Console.WriteLine(typeof(Invoice).Name + new List<Invoice>().Count);", """
            internal sealed class Invoice { public override string ToString() { Target.Touch(); return "invoice"; } }
            """));
    }

    [Fact]
    public void Object_the_framework_only_locks_stores_weakly_or_formats_is_not_called_back()
    {
        // DI's ServiceProvider: a weak reference in a list, a lock, a hash code, formatting. None calls GetService.
        ResultAssert.Clean(EarlyInitializerScenario.Verify("""
            var provider = new Provider();
            var providers = new List<WeakReference<Provider>> { new WeakReference<Provider>(provider) };
            providers.RemoveAll(p => !p.TryGetTarget(out _));
            lock (provider) { Console.WriteLine(provider); }
            Console.WriteLine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(provider) + providers.Count);
            Keep.Provider = provider;
            """, Provider + "internal static class Keep { internal static IServiceProvider? Provider; }"));
    }

    // Hashed only by a lookup that compares it; formatted only by code that formats it.
    private const string Hashy = """
        internal sealed class Hashy
        {
            public override int GetHashCode() { Target.Touch(); return 1; }
            public override bool Equals(object? other) { Target.Touch(); return ReferenceEquals(this, other); }
            public override string ToString() { Target.Touch(); return "hashy"; }
        }
        """;

    [Theory]
    [InlineData("var values = new Dictionary<string, object>(); values[\"k\"] = new Hashy(); values.TryAdd(\"j\", new Hashy()); Console.WriteLine(values.Count + (values.ContainsKey(\"k\") ? 1 : 0));")]
    [InlineData("var values = new System.Collections.Concurrent.ConcurrentDictionary<string, object>(); values[\"k\"] = new Hashy(); Console.WriteLine(values.Count);")]
    [InlineData("GC.KeepAlive(new Hashy()); Console.WriteLine(System.Array.ConvertAll(new[] { 1 }, n => n + 1)[0] + System.Array.FindIndex(new[] { 2 }, n => n > 1));")]
    [InlineData("GC.KeepAlive(new Hashy()); Func<int> area = () => 3; Console.WriteLine((int)area.DynamicInvoke()!);")]
    public void A_dictionarys_values_array_helpers_and_DynamicInvoke_call_nothing_on_what_they_hold(string body)
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify(body, Hashy));
    }

    [Theory]
    [InlineData("var values = new Dictionary<string, object>(); values[\"k\"] = new Hashy(); Console.WriteLine(values.ContainsValue(new object()));", "Hashy.")]
    [InlineData("var values = new Dictionary<string, object>(); values[\"k\"] = new Hashy(); Console.WriteLine(new System.Collections.ArrayList(values.Values).Count);", "Hashy.")]
    public void A_dictionarys_values_are_compared_by_ContainsValue_and_released_with_it(string body, string reached)
    {
        Assert.Contains(ResultAssert.Chain(ResultAssert.ReachesTarget(EarlyInitializerScenario.Verify(body, Hashy))), step => step.StartsWith(reached, System.StringComparison.Ordinal));
    }

    // Other's overrides read the target; nothing hands an Other to framework code.
    private const string OrderAndOther = """
        internal sealed class Order { public override string ToString() => "order"; public override int GetHashCode() { Target.Touch(); return 1; } }
        internal sealed class Other { public override string ToString() { Target.Touch(); return "other"; } public override int GetHashCode() { Target.Touch(); return 2; } }
        internal static class Keep { internal static Other? Value; }
        """;

    [Theory]
    [InlineData("Keep.Value = new Other(); Console.WriteLine(new Order());")]
    [InlineData("Keep.Value = new Other(); Console.WriteLine(string.Format(\"{0}\", new Order()));")]
    [InlineData("Keep.Value = new Other(); Order order = new Order(); Console.WriteLine((object)order);")]
    public void Object_the_body_shows_is_handed_as_what_it_is_not_as_any_object(string body)
    {
        // Console.WriteLine(object) formats an Order, which is all the IL can hold there: Other.ToString is not called back.
        ResultAssert.Clean(EarlyInitializerScenario.Verify(body, OrderAndOther));
    }

    [Fact]
    public void Object_compared_as_object_is_compared_as_what_it_is()
    {
        // object.Equals(object, object) may hash and compare what it is handed: an Order, not any live object.
        var result = EarlyInitializerScenario.Verify("Keep.Value = new Other(); Console.WriteLine(object.Equals(new Order(), null));", OrderAndOther);

        Assert.Equal(new[] { "Early.Init()", "Order.GetHashCode()", "Target.Touch()" }, ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Object_whose_static_type_is_object_is_still_any_object()
    {
        // The local is typed object: what it holds is not shown where it is handed, so every live type's ToString may run.
        var result = EarlyInitializerScenario.Verify("Keep.Value = new Other(); object value = Pick.One(); Console.WriteLine(value);",
            OrderAndOther + "internal static class Pick { internal static object One() => new Order(); }");

        Assert.Equal("Other.ToString()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    [Fact]
    public void Object_handed_to_framework_code_the_table_does_not_know_is_called_back_from_there()
    {
        var result = EarlyInitializerScenario.Verify(
            "var provider = new Provider(); var container = new System.ComponentModel.Design.ServiceContainer(provider); Console.WriteLine(container);",
            Provider);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Provider.GetService()", "Target.Touch()" }, ResultAssert.Chain(violation));
        Assert.Equal("hands an instance to code that may call", violation.Chain[0].Relation);
    }

    [Fact]
    public void Container_seen_as_an_untyped_collection_releases_what_it_keeps()
    {
        // The list keeps the provider; an ArrayList copies it out of an ICollection that names no element type.
        var result = EarlyInitializerScenario.Verify(
            "var providers = new List<Provider>(); providers.Add(new Provider()); Console.WriteLine(new System.Collections.ArrayList(providers).Count);",
            Provider);

        Assert.Equal("Provider.GetService()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    [Fact]
    public void Container_handed_under_its_own_type_hands_its_elements()
    {
        // string.Join enumerates the list it is handed, whose element type names what it keeps.
        var result = EarlyInitializerScenario.Verify(
            "var providers = new List<Provider>(); providers.Add(new Provider()); Console.WriteLine(Use.All(providers));",
            Provider + "internal static class Use { internal static int All(IEnumerable<Provider> items) => System.Linq.Enumerable.Count(items); }");

        Assert.Equal("Provider.GetService()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    [Fact]
    public void Thrown_exception_is_the_runtimes_to_format()
    {
        var result = EarlyInitializerScenario.Verify("try { throw new ConfigException(); } catch (Exception) { }", """
            internal sealed class ConfigException : Exception { public override string Message { get { Target.Touch(); return "bad"; } } }
            """);

        Assert.Equal("ConfigException.get_Message()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    [Fact]
    public void Object_ToString_of_an_exception_runs_the_exceptions_ToString_which_reads_its_Message()
    {
        // Never thrown: object.ToString() runs Exception.ToString(), which calls the Message override.
        var result = EarlyInitializerScenario.Verify("object error = new ConfigException(); Console.WriteLine(error.ToString());", """
            internal sealed class ConfigException : Exception { public override string Message { get { Target.Touch(); return "bad"; } } }
            """);

        Assert.Equal("ConfigException.get_Message()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    [Fact]
    public void What_a_callback_returns_to_the_framework_is_called_back_too()
    {
        // Linq calls GetEnumerator on the collection it is handed, then MoveNext on the enumerator that returns.
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(System.Linq.Enumerable.Count(new Numbers()));", """
            internal sealed class Numbers : IEnumerable<int>
            {
                public IEnumerator<int> GetEnumerator() => new Walker();
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
            }

            internal sealed class Walker : IEnumerator<int>
            {
                public int Current => 1;
                object System.Collections.IEnumerator.Current => Current;
                public bool MoveNext() { Target.Touch(); return false; }
                public void Reset() { }
                public void Dispose() { }
            }
            """);

        Assert.Equal("Walker.MoveNext()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    [Fact]
    public void Result_the_framework_keeps_in_a_task_is_not_called_back()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Keep.Provider = Task.Run(() => new Provider()).Result;",
            Provider + "internal static class Keep { internal static IServiceProvider? Provider; }"));
    }

    [Fact]
    public void Finalizer_runs_for_any_object_that_exists()
    {
        var result = EarlyInitializerScenario.Verify("Keep.Handle = new Handle();", """
            internal sealed class Handle { ~Handle() { Target.Touch(); } }
            internal static class Keep { internal static object? Handle; }
            """);

        Assert.Equal("Handle.Finalize()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    [Fact]
    public void Object_Activator_makes_for_its_caller_is_not_called_back()
    {
        // Activator returns what it makes and keeps nothing; new T() compiles to Activator.CreateInstance<T>().
        ResultAssert.Clean(EarlyInitializerScenario.Verify("""
            Console.WriteLine(Activator.CreateInstance(typeof(Provider)) is null);
            Console.WriteLine(Activator.CreateInstance<Provider>() is null);
            Console.WriteLine(Make.New<Provider>() is null);
            """, Provider + "internal static class Make { internal static T New<T>() where T : new() => new T(); }"));
    }

    [Fact]
    public void Object_Activator_makes_is_called_back_once_its_caller_hands_it_over()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Activator.CreateInstance(typeof(Order)));", """
            internal sealed class Order { public override string ToString() { Target.Touch(); return "order"; } }
            """);

        Assert.Equal("Order.ToString()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    [Fact]
    public void Type_Activator_made_first_is_the_frameworks_once_code_that_keeps_it_makes_one()
    {
        // Lazy<T> without a factory makes the provider and keeps it: the framework holds it, though the type was live already.
        var result = EarlyInitializerScenario.Verify("""
            Console.WriteLine(Activator.CreateInstance<Provider>() is null);
            Keep.Lazy = new Lazy<Provider>();
            """, Provider + "internal static class Keep { internal static Lazy<Provider>? Lazy; }");

        Assert.Equal("Provider.GetService()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }
}
