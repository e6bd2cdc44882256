using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Guards;

/// <summary>Code guarded by a bool property nothing sets does not run, until something can set it.</summary>
public sealed class GuardRuleTests
{
    private const string Options = """
        internal sealed class Options { public bool Validate { get; set; } }
        internal static class Builder
        {
            internal static int Build(Options options)
            {
                int built = 1;
                if (options.Validate)
                {
                    Target.Touch();
                }

                return built;
            }
        }
        """;

    [Fact]
    public void Block_under_a_flag_nothing_sets_is_not_reached()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Console.WriteLine(Builder.Build(new Options()));", Options));
    }

    [Fact]
    public void Block_is_reached_once_reached_code_sets_the_flag()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Builder.Build(new Options { Validate = true }));", Options);

        Assert.Contains("Target.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Block_is_reached_when_reflection_can_set_the_flag()
    {
        var result = EarlyInitializerScenario.Verify("""
            var options = new Options();
            typeof(Options).GetProperty("Validate")!.SetValue(options, true);
            Console.WriteLine(Builder.Build(options));
            """, Options);

        Assert.Contains("Target.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Block_is_reached_when_reflection_sets_the_field_by_name()
    {
        var result = EarlyInitializerScenario.Verify("""
            var options = new Options();
            typeof(Options).GetField("<Validate>k__BackingField", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.SetValue(options, true);
            Console.WriteLine(Builder.Build(options));
            """, Options);

        Assert.Contains("Target.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Block_is_reached_when_a_field_of_unknown_name_is_set_by_reflection()
    {
        var result = EarlyInitializerScenario.Verify("""
            var options = new Options();
            foreach (var field in typeof(Options).GetFields(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance))
            {
                field.SetValue(options, true);
            }

            Console.WriteLine(Builder.Build(options));
            """, Options);

        Assert.Contains("Target.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Block_is_reached_when_an_unsafe_accessor_can_set_the_field()
    {
        var result = EarlyInitializerScenario.Verify("""
            var options = new Options();
            Accessors.Validate(options) = true;
            Console.WriteLine(Builder.Build(options));
            """, Options + """
            internal static class Accessors
            {
                [System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.Field, Name = "<Validate>k__BackingField")]
                internal static extern ref bool Validate(Options options);
            }
            """);

        Assert.Contains("Target.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Flag_of_a_class_with_sequential_layout_guards_nothing()
    {
        // Marshalling can fill such a class's fields from native memory, with no IL that names them.
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Builder.Build(new Options()));",
            "[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]\n" + Options);

        Assert.Contains("Target.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Code_after_the_block_is_still_reached()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Builder.Build(new Options()));", """
            internal sealed class Options { public bool Validate { get; set; } }
            internal static class Builder
            {
                internal static int Build(Options options)
                {
                    if (options.Validate)
                    {
                        Console.WriteLine("validating");
                    }

                    Target.Touch();
                    return 1;
                }
            }
            """);

        Assert.Contains("Target.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Flag_a_constructor_sets_opens_the_block_once_an_object_is_built()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Builder.Build(new Options()));", """
            internal sealed class Options { public bool Validate { get; set; } = true; }
            internal static class Builder
            {
                internal static int Build(Options options)
                {
                    if (options.Validate)
                    {
                        Target.Touch();
                    }

                    return 1;
                }
            }
            """);

        Assert.Contains("Target.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Block_is_reached_when_the_same_method_sets_the_flag_before_it()
    {
        // The writer is reached while the method's own unguarded part is applied: the guard opens for the method itself.
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Strict.Build(new Options()));", Options + """
            internal static class Strict
            {
                internal static int Build(Options options)
                {
                    options.Validate = true;
                    if (options.Validate)
                    {
                        Target.Touch();
                    }

                    return 1;
                }
            }
            """);

        Assert.Contains("Target.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }
}
