namespace InitOrder.Generator.Model;

/// <summary>What the generated code does when a patch's target assembly is already loaded before the patch runs.</summary>
internal enum RuntimeGuardMode
{
    Off,
    Warn,
    Throw,
}
