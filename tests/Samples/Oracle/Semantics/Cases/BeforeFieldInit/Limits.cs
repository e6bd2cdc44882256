namespace OracleSemantics;

// Only field initializers: the compiler marks the type beforefieldinit, and CoreCLR runs them at the first field read.
internal static class Limits
{
    public static readonly int Maximum = BeforeFieldInitTarget.Value + 10;
}
