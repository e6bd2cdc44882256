namespace InitOrder.Analysis;

/// <summary>
/// A reflective call that may run before a patch, and how the verifier bounded what it reaches: the report lists
/// these per patch so a user can see why a chain goes through reflection.
/// </summary>
/// <param name="Method">Full name of the method that makes the call.</param>
/// <param name="Location">Where, when the PDB knows.</param>
/// <param name="Api">The call, for example <c>JsonConvert.DeserializeObject&lt;Settings&gt;()</c>.</param>
/// <param name="Rule"><c>annotated</c>, <c>live-and-mentioned-types</c> or <c>any-type</c> (README: "What the verifier counts as runs before").</param>
/// <param name="Why">What makes it reflective, in words.</param>
public sealed record ReflectionStep(string Method, SourceLocation? Location, string Api, string Rule, string Why);
