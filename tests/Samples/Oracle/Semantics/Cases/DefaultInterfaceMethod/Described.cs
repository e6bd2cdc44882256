namespace OracleSemantics;

// Inherits Describe from the interface: no method of this class touches the target.
internal sealed class Described : IDescribed
{
}
