using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace InitOrder.Oracle.Tests.Fuzz;

/// <summary>
/// Writes one random case. A few classes derive from an abstract <c>Shape</c> (and implement <c>IShape</c>), a struct
/// implements the interface, and each override reads the target or not. The early code then mixes the ways a type
/// gets created and a member gets called: <c>new</c> here or in another method, a static field, boxing, delegates
/// and lambdas, <c>new T()</c>, <c>Activator</c>, a DI container, framework callbacks (ToString, GetHashCode),
/// generic virtual and default interface methods, constrained calls, objects made without a constructor, and
/// reflection the trimmer can bound (<c>Lazy&lt;T&gt;</c>, <c>Expression.New</c>, <c>GetConstructor</c>, a
/// constant <c>Type.GetType</c>, <c>DynamicInvoke</c>, <c>Delegate.CreateDelegate</c> and <c>GetMethod</c> by a
/// constant name), static abstract interface members, a generic class's static field, iterators, a record's
/// ToString; delegates kept in a field or an event, handed on, returned, invoked by framework code now or at exit, or
/// never; attributes that reflection, a type converter or validation runs; with dead branches around any of them. The
/// target's static constructor prints whether the target's patch had started, the run's own truth for the trace
/// (TraceTruthTests, DifferentialFuzzTests).
/// </summary>
public sealed class FuzzCaseWriter
{
    private const string Touch = "Target.Value";

    private readonly Random _random;
    private readonly StringBuilder _helpers = new();
    private readonly List<string> _classes = new();
    private string _namespace = "";
    private string _lastStash = "";
    private string _lastBus = "";
    private int _next;

    private FuzzCaseWriter(Random random)
    {
        _random = random;
    }

    public static FuzzCase Write(int number, Random random)
    {
        string ns = "Fuzz.C" + number;
        return new FuzzCase(number, ns, new FuzzCaseWriter(random).Source(ns));
    }

    private string Source(string ns)
    {
        _namespace = ns;
        var types = new StringBuilder();
        int classCount = _random.Next(2, 5);
        for (int i = 0; i < classCount; i++)
        {
            _classes.Add("S" + i);
            types.Append(Attributes(i));
            types.Append("    public sealed class S").Append(i).Append(" : Shape, IMake<S").Append(i).Append(">\n    {\n")
                .Append("        public override int Area() => ").Append(Body()).Append(";\n")
                .Append("        public static int Make() => ").Append(Body()).Append(";\n");
            if (Chance(0.3))
            {
                // Only code that really constructs the object runs this: reflection (Activator, DI) included.
                types.Append("        public S").Append(i).Append("() { Sink.Value += ").Append(Body()).Append("; }\n");
            }

            if (Chance(0.3))
            {
                types.Append("        public override int Visit<T>() => ").Append(Body()).Append(";\n");
            }

            if (Chance(0.4))
            {
                types.Append("        public override string ToString() => \"s\" + ").Append(Body()).Append(";\n");
            }

            if (Chance(0.3))
            {
                types.Append("        public override int GetHashCode() => ").Append(Body()).Append(";\n");
            }

            if (Chance(0.4))
            {
                // Validation runs the attribute's IsValid; reading the property's attributes runs its constructor.
                types.Append("        [Check").Append(i).Append("] public int Checked { get; set; }\n");
                _helpers.Append("    public sealed class Check").Append(i).Append("Attribute : System.ComponentModel.DataAnnotations.ValidationAttribute\n    {\n")
                    .Append("        public Check").Append(i).Append("Attribute() { Sink.Value += ").Append(Body()).Append("; }\n")
                    .Append("        public override bool IsValid(object? value) => ").Append(Body()).Append(" >= 0;\n    }\n");
            }

            types.Append("    }\n");
        }

        types.Append("    public struct P : IShape\n    {\n        public int Area() => ").Append(Body()).Append(";\n");
        if (Chance(0.4))
        {
            types.Append("        public int Describe() => ").Append(Body()).Append(";\n");
        }

        if (Chance(0.5))
        {
            types.Append("        public override string ToString() => \"p\" + ").Append(Body()).Append(";\n");
        }

        types.Append("    }\n");
        // A record's compiler-made ToString reads every public property through PrintMembers.
        types.Append("    public sealed record R(int X)\n    {\n        public int Y => ").Append(Body()).Append(";\n    }\n");

        string early = Block(_random.Next(1, 4), "        ");
        string? initializer = Chance(0.25) ? Block(_random.Next(1, 3), "            ") : null;

        var text = new StringBuilder();
        text.Append("namespace ").Append(ns).Append('\n').Append("{\n");
        text.Append("""
                public static class Target
                {
                    public static int Value;
                    static Target()
                    {
                        Value = 1;
                        System.Console.WriteLine("[fuzz] " + typeof(Target).FullName + " initialized " + (LateStarted.Value ? "after" : "before") + " its patch");
                    }
                }
                public static class LateStarted { public static bool Value; }
                public static class Start { public static int Value; }
                public static class Sink { public static int Value; }
                public static class Flags { public static bool Never; }
                public abstract class Shape : IShape
                {
                    public abstract int Area();
                    public virtual int Visit<T>() => 0;
                }
                public interface IMake<TSelf> where TSelf : IMake<TSelf> { static abstract int Make(); }
                public static class Cache<T> where T : new() { public static readonly T Instance = new T(); }
                public static class Dispatch
                {
                    public static int Of(IShape shape) => shape.Area();
                    public static int OfBase(Shape shape) => shape.Area();
                    public static int AreaOf<T>(T shape) where T : IShape => shape.Area();
                    public static int TextOf<T>(T value) => value!.ToString()!.Length;
                    public static int Made<T>() where T : IMake<T> => T.Make();
                    public static T New<T>() where T : IShape, new() => new T();
                }

            """);
        // The interface's default method may read the target: classes inherit it, the struct may replace it.
        text.Append("    public interface IShape\n    {\n        int Area();\n        int Describe() => ").Append(Body()).Append(";\n    }\n");
        text.Append(types).Append(_helpers);
        text.Append("    internal static class Patches\n    {\n")
            .Append("        [InitOrder.InitPatch(typeof(Start))]\n        internal static void Early()\n        {\n            int acc = 0;\n")
            .Append(Indent(early, "    "))
            .Append("            Start.Value = acc;\n        }\n\n")
            .Append("        [InitOrder.InitPatch(typeof(Target), Order = 10)]\n        internal static void Late()\n        {\n            LateStarted.Value = true;\n            Target.Value = 2;\n        }\n    }\n");
        if (initializer is not null)
        {
            text.Append("    internal static class EarlyInitializer\n    {\n        [System.Runtime.CompilerServices.ModuleInitializer]\n")
                .Append("        internal static void Run()\n        {\n            int acc = 0;\n")
                .Append(initializer)
                .Append("            Sink.Value += acc;\n        }\n    }\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>Statements that add to a local <c>acc</c>, one per line, at the given indentation.</summary>
    private string Block(int statements, string indent) =>
        string.Concat(Enumerable.Range(0, statements).Select(_ => indent + Statement(depth: 0) + "\n"));

    private string Statement(int depth)
    {
        int n = _next++;
        string shape = Pick(_classes);
        // 35-39 nest (a runner, a dead branch) or touch the target directly: only the first two levels may.
        int pick = _random.Next(depth < 2 ? 60 : 55);
        pick = depth < 2 || pick < 35 ? pick : pick + 5;
        // Constructions that no IL names (reflection, the container) weigh double: they are where a verifier goes blind.
        switch (pick)
        {
            case 0: return $"acc += new {shape}().Area();";
            case 1: return $"acc += Dispatch.OfBase(new {shape}());";
            case 2: return $"acc += Dispatch.Of({Factory(shape)}());";
            case 3: return $"acc += {Holder(shape)}.Instance.Area();";
            case 4: return $"object boxed{n} = new P(); acc += ((IShape)boxed{n}).Area();";
            case 5: return $"object boxed{n} = new P(); acc += boxed{n}.ToString()!.Length;";
            case 6: return $"System.Func<int> area{n} = new {shape}().Area; acc += area{n}();";
            case 7: return $"System.Func<IShape, int> area{n} = s => s.Area(); acc += area{n}(new {shape}());";
            case 8: return $"acc += Dispatch.New<{(Chance(0.5) ? shape : "P")}>().Area();";
            case 9: return $"acc += ((IShape)System.Activator.CreateInstance(typeof({shape}))!).Area();";
            case 10: return $"acc += System.Activator.CreateInstance<{shape}>().Area();";
            case 11: return Container(n, shape, call: true);
            case 12: return $"object text{n} = new {shape}(); acc += text{n}.ToString()!.Length;";
            case 13: return $"acc += new System.Collections.Generic.HashSet<object> {{ new {shape}() }}.Count;";
            case 14:
            case 15: return $"acc += System.Activator.CreateInstance(typeof({shape})) is null ? 0 : 1;";
            case 16:
            case 17: return Container(n, shape, call: false);
            case 18: return $"Shape visited{n} = new {shape}(); acc += visited{n}.Visit<string>();";
            case 19: return $"acc += ((IShape){(Chance(0.5) ? "new " + shape + "()" : "new P()")}).Describe();";
            case 20: return $"acc += Dispatch.AreaOf({(Chance(0.5) ? "new " + shape + "()" : "new P()")});";
            case 21: return $"acc += ((IShape)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof({shape}))).Area();";
            case 22: return $"acc += new System.Lazy<{shape}>().Value{(Chance(0.5) ? ".Area()" : " is null ? 0 : 1")};";
            case 23:
                return $"acc += System.Linq.Expressions.Expression.Lambda<System.Func<IShape>>(System.Linq.Expressions.Expression.New(typeof({shape}))).Compile()()"
                    + (Chance(0.5) ? ".Area();" : " is null ? 0 : 1;");
            case 24: return $"acc += typeof({shape}).GetConstructor(System.Type.EmptyTypes)!.Invoke(null) is null ? 0 : 1;";
            case 25: return $"acc += System.Activator.CreateInstance(System.Type.GetType(\"{_namespace}.{shape}\")!) is null ? 0 : 1;";
            case 26: return $"System.Func<int> late{n} = new {shape}().Area; acc += (int)late{n}.DynamicInvoke()!;";
            case 27: return $"acc += new System.Lazy<IShape>(() => new {shape}()).Value.Area();";
            case 28: return $"object record{n} = new R({n}); acc += record{n}.ToString()!.Length;";
            case 29: return $"acc += Dispatch.Made<{shape}>();";
            case 30: return $"acc += Cache<{(Chance(0.5) ? shape : "P")}>.Instance.Area();";
            case 31: return $"foreach (var each{n} in {Yielder(shape)}()) {{ acc += each{n}.Area(); }}";
            case 32: return $"acc += Dispatch.TextOf({(Chance(0.5) ? "new " + shape + "()" : "new P()")});";
            case 33: return $"acc += ((System.Func<int>)System.Delegate.CreateDelegate(typeof(System.Func<int>), new {shape}(), \"Area\")).Invoke();";
            case 34: return $"acc += (int)typeof({shape}).GetMethod(\"Area\")!.Invoke(new {shape}(), null)!;";
            case 35:
            case 36: return $"acc += {Runner(depth)}();";
            case 37: return Chance(0.3) ? $"acc += {Touch};" : "acc += Sink.Value;";
            case 38:
            case 39: return $"if (Flags.Never) {{ {Statement(depth + 1)} }}";
            default: return Deferred(pick - 40, n, shape);
        }
    }

    /// <summary>
    /// Delegates stored, handed on or invoked later (issue 21: a delegate runs when it is invoked), and attributes that
    /// reflection, TypeDescriptor or validation turns into running code. Some run now, some only after every patch
    /// (an exit handler), some never; each program's own print says which.
    /// </summary>
    private string Deferred(int which, int n, string shape)
    {
        string lambda = $"() => new {shape}().Area()";
        switch (which)
        {
            case 0: return $"{Stash()}.F = new {shape}().Area; acc += {_lastStash}.F!();";
            case 1: return $"{Stash()}.F = {lambda};";
            case 2: return $"{Stash()}.F = {lambda}; acc += {(Chance(0.5) ? _lastStash + ".Run()" : "0")};";
            case 3: return $"{Bus()}.Fired += {lambda}; acc += {(Chance(0.5) ? _lastBus + ".Raise()" : "0")};";
            case 4: return $"acc += {Caller()}({lambda});";
            case 5: return $"acc += {Maker(lambda)}()();";
            case 6: return $"acc += System.Linq.Enumerable.Sum(System.Linq.Enumerable.Select(new[] {{ 1 }}, _ => new {shape}().Area()));";
            case 7: return $"var query{n} = System.Linq.Enumerable.Select(new[] {{ 1 }}, _ => new {shape}().Area()); acc += query{n} is null ? 0 : 1;";
            case 8: return $"var lazy{n} = new System.Lazy<IShape>(() => new {shape}()); acc += lazy{n}.IsValueCreated ? 1 : 0;";
            case 9: return $"System.AppDomain.CurrentDomain.ProcessExit += (_, _) => Sink.Value += new {shape}().Area();";
            case 10: return $"new System.Collections.Generic.List<IShape> {{ new {shape}() }}.ForEach(s => acc += s.Area());";
            case 11: return $"IShape captured{n} = new {shape}(); System.Func<int> read{n} = () => captured{n}.Area(); acc += read{n}();";
            case 12: return $"System.Func<int> many{n} = () => 0; many{n} += {lambda}; acc += many{n}();";
            case 13: return $"acc += typeof({shape}).GetCustomAttributes(false).Length;";
            case 14: return $"acc += typeof({shape}).IsDefined(typeof(System.Attribute), false) ? 1 : 0;";
            case 15: return $"acc += typeof({shape}).GetProperty(\"Checked\")?.GetCustomAttributes(true).Length ?? 0;";
            case 16: return $"acc += System.ComponentModel.TypeDescriptor.GetConverter(typeof({shape})).CanConvertFrom(typeof(string)) ? 1 : 0;";
            case 17:
                return $"var valid{n} = new {shape}(); acc += System.ComponentModel.DataAnnotations.Validator.TryValidateObject(valid{n}, "
                    + $"new System.ComponentModel.DataAnnotations.ValidationContext(valid{n}), null, true) ? 1 : 0;";
            case 18: return $"acc += typeof({shape}).GetCustomAttributesData().Count;";
            default: return $"acc += System.Array.ConvertAll(new[] {{ 1 }}, _ => new {shape}().Area())[0];";
        }
    }

    /// <summary>The attributes a shape class may carry: one whose constructor may read the target, a type converter.</summary>
    private string Attributes(int i)
    {
        var text = new StringBuilder();
        if (Chance(0.4))
        {
            text.Append("    [Tag").Append(i).Append("]\n");
            _helpers.Append("    public sealed class Tag").Append(i).Append("Attribute : System.Attribute { public Tag").Append(i)
                .Append("Attribute() { Sink.Value += ").Append(Body()).Append("; } }\n");
        }

        if (Chance(0.3))
        {
            text.Append("    [System.ComponentModel.TypeConverter(typeof(Converter").Append(i).Append("))]\n");
            _helpers.Append("    public sealed class Converter").Append(i).Append(" : System.ComponentModel.TypeConverter\n    {\n")
                .Append("        public override bool CanConvertFrom(System.ComponentModel.ITypeDescriptorContext? context, System.Type sourceType) => ")
                .Append(Body()).Append(" > 0;\n    }\n");
        }

        return text.ToString();
    }

    /// <summary>A static field that holds a delegate, and a method elsewhere that invokes it.</summary>
    private string Stash()
    {
        _lastStash = "Stash" + _next++;
        _helpers.Append($"    public static class {_lastStash} {{ public static System.Func<int>? F; public static int Run() => F?.Invoke() ?? 0; }}\n");
        return _lastStash;
    }

    /// <summary>An event, and a method elsewhere that raises it.</summary>
    private string Bus()
    {
        _lastBus = "Bus" + _next++;
        _helpers.Append($"    public static class {_lastBus} {{ public static event System.Func<int>? Fired; public static int Raise() => Fired?.Invoke() ?? 0; }}\n");
        return _lastBus;
    }

    /// <summary>A method handed a delegate, which invokes it or only keeps it.</summary>
    private string Caller()
    {
        string name = "Caller" + _next++;
        string body = Chance(0.5) ? "f()" : "(Kept = f) is null ? 0 : 1";
        _helpers.Append($"    public static class {name} {{ public static System.Func<int>? Kept; public static int With(System.Func<int> f) => {body}; }}\n");
        return name + ".With";
    }

    /// <summary>A method that returns a new delegate to its caller.</summary>
    private string Maker(string lambda)
    {
        string name = "Maker" + _next++;
        _helpers.Append($"    public static class {name} {{ public static System.Func<int> Get() => {lambda}; }}\n");
        return name + ".Get";
    }

    /// <summary>A DI container that constructs the shape by reflection when it is resolved.</summary>
    private static string Container(int n, string shape, bool call) =>
        $"using (var services{n} = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider("
        + $"Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<IShape, {shape}>(new Microsoft.Extensions.DependencyInjection.ServiceCollection()))) "
        + $"{{ acc += Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IShape>(services{n}){(call ? ".Area()" : " is null ? 0 : 1")}; }}";

    /// <summary>A method elsewhere that creates the object: the call site cannot see which type it gets.</summary>
    private string Factory(string shape)
    {
        string name = "Factory" + _next++;
        _helpers.Append($"    public static class {name} {{ public static IShape Make() => new {shape}(); }}\n");
        return name + ".Make";
    }

    /// <summary>An object created by a static field initializer, reached through the holder's static constructor.</summary>
    private string Holder(string shape)
    {
        string name = "Holder" + _next++;
        _helpers.Append($"    public static class {name} {{ public static readonly IShape Instance = new {shape}(); }}\n");
        return name;
    }

    /// <summary>An iterator that creates the object when the caller's foreach first moves.</summary>
    private string Yielder(string shape)
    {
        string name = "Yielder" + _next++;
        _helpers.Append($"    public static class {name} {{ public static System.Collections.Generic.IEnumerable<IShape> All() {{ yield return new {shape}(); }} }}\n");
        return name + ".All";
    }

    /// <summary>A statement moved into a method of its own, called from the early code.</summary>
    private string Runner(int depth)
    {
        string name = "Runner" + _next++;
        string statement = Statement(depth + 1);
        _helpers.Append($"    public static class {name} {{ public static int Run() {{ int acc = 0; {statement} return acc; }} }}\n");
        return name + ".Run";
    }

    private string Body() => Chance(0.4) ? Touch : _random.Next(1, 9).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private string Pick(List<string> items) => items[_random.Next(items.Count)];

    private static string Indent(string lines, string extra) =>
        string.Concat(lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => extra + l + "\n"));
}
