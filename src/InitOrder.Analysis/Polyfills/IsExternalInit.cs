#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices;

/// <summary>Lets the .NET Framework build of the analysis declare records (init-only setters need this type).</summary>
internal static class IsExternalInit
{
}
#endif
