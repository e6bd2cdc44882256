using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// Objects framework code receives (code whose body the verifier does not follow): those of the type named
/// <see cref="TypeName"/> or of a type deriving from it, or of every type when it is null (an <c>object</c>), on which
/// it may call back the overrides of <see cref="Family"/>. When <see cref="Container"/> is set, the framework keeps
/// them in an object of that generic type (a list, a weak reference, a tuple): they reach framework code again
/// whenever that object does. <see cref="Reach"/> says whether the objects themselves are handed, or only what they keep.
/// </summary>
internal sealed record HandOffTarget(CallbackFamily Family, string? TypeName, NamedType? Container, HandOffReach Reach = HandOffReach.Objects);
