namespace InitOrder.Benchmarks.IdeLoop;

/// <summary>
/// The attribute the baseline generators add, shaped like InitOrder's own (same name, same constructor), so
/// the consumer's [InitPatch] usages bind the same way without InitOrder's generator in the driver.
/// </summary>
internal static class BaselineAttributeSource
{
    public const string MetadataName = "InitOrder.InitPatchAttribute";

    public const string Text = """
        namespace Microsoft.CodeAnalysis
        {
            internal sealed partial class EmbeddedAttribute : global::System.Attribute
            {
            }
        }

        namespace InitOrder
        {
            [global::System.AttributeUsage(global::System.AttributeTargets.Method)]
            internal sealed class InitPatchAttribute : global::System.Attribute
            {
                public InitPatchAttribute(params global::System.Type[] targets) { }

                public int Order { get; set; }
            }
        }
        """;
}
