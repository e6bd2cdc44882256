using InitOrder.Analysis.Graph;

namespace InitOrder.Analysis.Reachability;

/// <summary>A reflective call the world reached, with the rule applied to it: what the report lists per patch.</summary>
internal sealed record ReflectionUse(MethodNode Site, ReflectionSite Call, int Epoch);
