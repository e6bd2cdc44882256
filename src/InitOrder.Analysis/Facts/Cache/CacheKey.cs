using System.Collections.Generic;

namespace InitOrder.Analysis.Facts.Cache;

/// <summary>
/// What a cache entry's facts were computed from: the analysis that computed them, the assembly's file, and, for
/// every assembly name the facts' scans asked for, what the build offered under that name
/// (<see cref="Loading.AssemblySet.CandidateFingerprint"/>). An entry is used only when all of it is the same.
/// </summary>
/// <param name="Analysis">InitOrder's version and the analysis assembly's module version id (see <see cref="FactsCacheFormat.AnalysisVersion"/>).</param>
internal sealed record CacheKey(string Analysis, AssemblyIdentity Assembly, IReadOnlyList<KeyValuePair<string, string>> Dependencies);
