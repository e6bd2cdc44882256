using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>An instruction after which an object of <see cref="Type"/> can exist: the type becomes live there.</summary>
internal readonly record struct Instantiation(int ILOffset, ResolvedType Type, InstantiationKind Kind);
