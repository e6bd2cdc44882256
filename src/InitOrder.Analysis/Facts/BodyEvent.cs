namespace InitOrder.Analysis.Facts;

/// <summary>
/// One instruction of a body that matters for the order of a patch's work (see <see cref="BodyOrder"/>): a call into
/// analysed code, a static field write, or the first access to a type, which runs its static constructor.
/// </summary>
/// <param name="Callee">For <see cref="BodyEventKind.Call"/>.</param>
/// <param name="Constructor">For <see cref="BodyEventKind.Trigger"/>: the static constructor the access runs.</param>
/// <param name="Field">For <see cref="BodyEventKind.Write"/>.</param>
internal readonly record struct BodyEvent(int ILOffset, BodyEventKind Kind, MethodNode? Callee, MethodNode? Constructor, StaticField? Field);
