namespace InitOrder.Generator.Model;

/// <summary>The MSBuild properties the generator reads (made visible by build/InitOrder.props).</summary>
internal sealed record GeneratorOptions(bool Enabled, RuntimeGuardMode RuntimeGuard);
