using System;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// Which overrides framework code may call back on an object it is handed (see <see cref="FrameworkCallTable"/>):
/// formatting calls <c>ToString</c> and its kin, hashing and sorting call <c>Equals</c>, <c>GetHashCode</c> and
/// <c>CompareTo</c>, code the table does not know may call any of them.
/// </summary>
[Flags]
internal enum CallbackFamily : byte
{
    /// <summary>Calls nothing on what it is handed (a lock, a weak reference, storing into a list).</summary>
    None = 0,

    /// <summary><c>ToString</c>, <c>IFormattable.ToString</c>, <c>TryFormat</c>, <c>ICustomFormatter.Format</c>, <c>GetFormat</c>.</summary>
    Formatting = 1,

    /// <summary><c>Equals</c>, <c>GetHashCode</c>, <c>CompareTo</c>, <c>IComparer.Compare</c>.</summary>
    Equality = 2,

    /// <summary>Any override of a framework member (<c>Dispose</c>, <c>GetEnumerator</c>, <c>GetService</c>...).</summary>
    Other = 4,

    All = Formatting | Equality | Other,
}
