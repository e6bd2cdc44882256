namespace System.Runtime.CompilerServices;

/// <summary>Lets records compile for netstandard2.0, the target analyzers must have.</summary>
internal static class IsExternalInit
{
}
