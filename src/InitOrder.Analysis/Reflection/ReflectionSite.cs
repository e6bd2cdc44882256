using System.Collections.Generic;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// A call that reaches members by reflection. <see cref="Api"/> names it the way a chain shows it
/// (<c>JsonConvert.DeserializeObject&lt;Settings&gt;()</c>); what it can reach depends on <see cref="Kind"/>, and why it
/// is reflective is <see cref="Reason"/> (worded by Explanation/ReflectionWording).
/// </summary>
/// <param name="Types">For <see cref="ReflectionKind.Annotated"/>: the types that flow into the annotated place.</param>
/// <param name="Members">Which of their members the annotation (or the API) says are used.</param>
/// <param name="Subject">For <see cref="ReflectionReason.UnannotatedTypeParameter"/>: the method whose type parameter is bound.</param>
/// <param name="Lookup">For <see cref="ReflectionReason.ConstantName"/>: the name and BindingFlags that select the members.</param>
/// <param name="NameFilter">For <see cref="ReflectionKind.LiveAndMentionedTypes"/>: a constant name that bounds which members of each type it reaches.</param>
/// <param name="Constraints">For <see cref="ReflectionReason.UnannotatedTypeParameter"/>: what the parameter's constraints let it be, so the types it reaches.</param>
/// <param name="Reflector">For <see cref="ReflectionKind.HandedTypes"/>: the assembly whose code reflects; its own types are followed through its IL.</param>
/// <param name="AttributeElements">For <see cref="ReflectionKind.AttributesOfAnyElement"/>: the kinds of element whose attributes the API reads (<see cref="Reflection.AttributeElements"/>).</param>
/// <param name="ReadsAttributes">Reflection handed a type may read the attributes on it and on the members it sees; a reflection primitive does not (<see cref="ReflectionApis.ReadsNoAttributes"/>).</param>
/// <param name="ReturnsWhatItConstructs">The API gives the objects it makes back to its caller and keeps none (<see cref="ReflectionApis.ReturnsWhatItConstructs"/>).</param>
internal sealed record ReflectionSite(
    int ILOffset,
    string Api,
    ReflectionKind Kind,
    IReadOnlyList<ResolvedType> Types,
    AccessedMembers Members,
    ReflectionReason Reason,
    string? Subject = null,
    MemberLookup? Lookup = null,
    Loading.LoadedAssembly? Reflector = null,
    NameLookup? NameFilter = null,
    TypeParameterConstraints? Constraints = null,
    bool ReturnsWhatItConstructs = false,
    bool ReadsAttributes = true,
    System.AttributeTargets AttributeElements = System.AttributeTargets.All);
