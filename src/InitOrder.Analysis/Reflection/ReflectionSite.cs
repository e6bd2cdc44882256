using System.Collections.Generic;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// A call that reaches members by reflection. <see cref="Api"/> names it the way a chain shows it
/// (<c>JsonConvert.DeserializeObject&lt;Settings&gt;()</c>); what it can reach depends on <see cref="Kind"/>.
/// </summary>
/// <param name="Types">For <see cref="ReflectionKind.Annotated"/>: the types that flow into the annotated place.</param>
/// <param name="Members">For <see cref="ReflectionKind.Annotated"/>: which of their members the annotation says are used.</param>
internal sealed record ReflectionSite(int ILOffset, string Api, ReflectionKind Kind, IReadOnlyList<ResolvedType> Types, AccessedMembers Members, string Why);
