namespace InitOrder.Generator.Model;

/// <summary>
/// A valid patch: everything the emitters need, as values.
/// </summary>
/// <param name="FullName">Namespace.Type.Method, nested types joined with '+': the name users see at run time.</param>
/// <param name="InvocationTarget">The fully qualified C# expression that names the method, without the call parentheses.</param>
internal sealed record PatchModel(
    string FullName,
    string InvocationTarget,
    int Order,
    EquatableArray<string> TargetTypes,
    EquatableArray<string> TargetAssemblies,
    SourceLocation? Location);
