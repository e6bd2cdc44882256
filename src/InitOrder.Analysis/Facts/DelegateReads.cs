using System.Collections.Generic;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// Where one delegate invocation of the analysed assembly reads its delegate from (see <see cref="DelegateFlow"/>): the
/// rows of tracked static delegate fields, and the <c>ldftn</c> offsets of creations in the invoking method itself.
/// </summary>
internal sealed record DelegateReads(IReadOnlyList<int> Fields, IReadOnlyList<int> Creations);
