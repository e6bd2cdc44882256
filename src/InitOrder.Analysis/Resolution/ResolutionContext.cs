using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Resolution;

/// <summary>
/// The services that answer "what does this reference mean" across the loaded assemblies: types, members, the type
/// hierarchy, virtual dispatch and framework callbacks. Created once per verification; every answer is cached inside
/// the service that gives it.
/// </summary>
internal sealed class ResolutionContext
{
    public ResolutionContext(AssemblySet assemblies)
    {
        Assemblies = assemblies;
        Types = new TypeResolver(assemblies);
        Hierarchy = new TypeHierarchy(Types);
        Members = new MemberResolver(Types, Hierarchy);
        Dispatch = new VirtualDispatchIndex(assemblies, Hierarchy);
        Overrides = new OverrideResolution(Hierarchy);
        Callbacks = new FrameworkCallbackFinder(Hierarchy, Types, Overrides);
    }

    public AssemblySet Assemblies { get; }

    public TypeResolver Types { get; }

    public TypeHierarchy Hierarchy { get; }

    public MemberResolver Members { get; }

    public VirtualDispatchIndex Dispatch { get; }

    /// <summary>Which override an object of a live type really runs for a slot.</summary>
    public OverrideResolution Overrides { get; }

    public FrameworkCallbackFinder Callbacks { get; }
}
