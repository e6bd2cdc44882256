using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reflection;

/// <summary>A reflective call the world reached, with the rule applied to it: what the report lists per patch.</summary>
internal sealed record ReflectionUse(MethodNode Site, ReflectionSite Call, int Epoch);
